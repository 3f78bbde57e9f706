package org.ketamineclinic.location;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The location module's API for scheduling: the chairs and rooms of each clinic, and the days it is closed.
 */
@Service
public class ClinicSpaces {

	private final JdbcClient jdbc;

	ClinicSpaces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The chairs and rooms in use at a clinic, chairs first, in name order. */
	public List<TreatmentSpace> spaces(String location) {
		return jdbc.sql("""
				select id, location_slug, kind, name from treatment_space
				where location_slug = ? and active order by kind, length(name), name""")
			.param(location)
			.query((rs, n) -> new TreatmentSpace(rs.getLong("id"), rs.getString("location_slug"),
					TreatmentSpace.Kind.valueOf(rs.getString("kind")), rs.getString("name")))
			.list();
	}

	public List<Closure> closures(String location, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select location_slug, closed_on, reason from clinic_closure
				where location_slug = ? and closed_on between ? and ? order by closed_on""")
			.params(location, from, to)
			.query((rs, n) -> new Closure(rs.getString("location_slug"), rs.getObject("closed_on", LocalDate.class),
					rs.getString("reason")))
			.list();
	}

	/** Closes a clinic for a day; closing it again only changes the reason. */
	@Transactional
	public void close(String location, LocalDate date, String reason) {
		jdbc.sql("""
				insert into clinic_closure (location_slug, closed_on, reason) values (?, ?, ?)
				on conflict (location_slug, closed_on) do update set reason = excluded.reason""")
			.params(location, date, reason)
			.update();
	}

	@Transactional
	public void reopen(String location, LocalDate date) {
		jdbc.sql("delete from clinic_closure where location_slug = ? and closed_on = ?").params(location, date).update();
	}

	/**
	 * Makes sure a clinic has at least this many chairs and rooms, named "Chair 1", "Room 1"…; never removes any
	 * (a space with bookings keeps its history).
	 */
	@Transactional
	void ensureSpaces(String location, int chairs, int rooms) {
		ensure(location, TreatmentSpace.Kind.CHAIR, "Chair", chairs);
		ensure(location, TreatmentSpace.Kind.ROOM, "Room", rooms);
	}

	private void ensure(String location, TreatmentSpace.Kind kind, String prefix, int count) {
		for (int i = 1; i <= count; i++) {
			jdbc.sql("""
					insert into treatment_space (location_slug, kind, name) values (?, ?, ?)
					on conflict (location_slug, kind, name) do nothing""")
				.params(location, kind.name(), prefix + " " + i)
				.update();
		}
	}
}
