package org.ketamineclinic.scheduling;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.ketamineclinic.consultation.AttendanceFigures;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * No-shows and late cancellations per clinic, for the intake metrics. An appointment counts once its time has come,
 * unless it was cancelled in good time; figures only, no names.
 */
@Component
class AttendanceReport implements AttendanceFigures {

	private final JdbcClient jdbc;

	private final Locations locations;

	AttendanceReport(JdbcClient jdbc, Locations locations) {
		this.jdbc = jdbc;
		this.locations = locations;
	}

	@Override
	public List<Attendance> attendance(Instant from, Instant to) {
		return locations.all().stream().map(clinic -> count(clinic, from, to)).toList();
	}

	private Attendance count(Location clinic, Instant from, Instant to) {
		return jdbc.sql("""
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
