package org.ketamineclinic.scheduling;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.ketamineclinic.consultation.AttendanceFigures;
import org.ketamineclinic.database.ReportsDatabase;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * No-shows and late cancellations per clinic, for the intake metrics. An appointment counts once its time has come,
 * unless it was cancelled in good time; figures only, no names. Read from the reports database with the rest of the
 * intake metrics.
 */
@Component
class AttendanceReport implements AttendanceFigures {

	private final ReportsDatabase reports;

	private final Locations locations;

	AttendanceReport(ReportsDatabase reports, Locations locations) {
		this.reports = reports;
		this.locations = locations;
	}

	@Override
	public List<Attendance> attendance(Instant from, Instant to) {
		return reports.read(database -> locations.all().stream().map(clinic -> count(database, clinic, from, to))
			.toList());
	}

	private static Attendance count(JdbcClient database, Location clinic, Instant from, Instant to) {
		return database.sql("""
				select count(*) filter (where status <> 'CANCELLED') as due,
				       count(*) filter (where status = 'NO_SHOW') as no_shows,
				       count(*) filter (where status = 'LATE_CANCELLED') as late
				from appointment where location_slug = ? and starts_at >= ? and starts_at < ?""")
			.params(clinic.slug(), Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new Attendance(clinic.slug(), clinic.title(), rs.getInt("due"), rs.getInt("no_shows"),
					rs.getInt("late")))
			.single();
	}
}
