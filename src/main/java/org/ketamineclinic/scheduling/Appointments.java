package org.ketamineclinic.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code appointment} table, with optimistic locking on {@code version}. */
@Repository
class Appointments {

	private final JdbcClient jdbc;

	Appointments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** No appointment was ever booked: a fresh platform. */
	boolean isEmpty() {
		return jdbc.sql("select not exists (select 1 from appointment)").query(Boolean.class).single();
	}

	long insert(AppointmentType type, String location, ZoneId zone, Instant start, Instant end, AppointmentMode mode,
			long person, Long series, Integer position, Long bookedBy, Instant now) {
		return jdbc.sql("""
				insert into appointment (type, location_slug, zone, starts_at, ends_at, mode, status,
				    consultation_request, series_id, series_position, booked_by, booked_at, status_changed_at)
				values (?, ?, ?, ?, ?, ?, 'BOOKED', ?, ?, ?, ?, ?, ?) returning id""")
			.params(type.name(), location, zone.getId(), Timestamp.from(start), Timestamp.from(end), mode.name(), person,
					series, position, bookedBy, Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	long insertSeries(long person, String program, int infusions, Long by, Instant now) {
		return jdbc.sql("""
				insert into infusion_series (consultation_request, program, infusions, created_at, created_by)
				values (?, ?, ?, ?, ?) returning id""")
			.params(person, program, infusions, Timestamp.from(now), by)
			.query(Long.class)
			.single();
	}

	String programOf(long series) {
		return jdbc.sql("select program from infusion_series where id = ?").param(series).query(String.class).single();
	}

	Optional<Appointment> find(long id) {
		return jdbc.sql("select * from appointment where id = ?").param(id).query(Appointments::map).optional();
	}

	List<Appointment> ofSeries(long series) {
		return jdbc.sql("select * from appointment where series_id = ? order by series_position, starts_at")
			.param(series)
			.query(Appointments::map)
			.list();
	}

	List<Appointment> ofPerson(long person) {
		return jdbc.sql("select * from appointment where consultation_request = ? order by starts_at")
			.param(person)
			.query(Appointments::map)
			.list();
	}

	/** Saves a change; throws {@link ScheduleRefusal} when someone else changed it since it was read. */
	void save(Appointment appointment, Long by, Instant now) {
		int updated = jdbc.sql("""
				update appointment set starts_at = ?, ends_at = ?, status = ?, status_reason = ?, confirmed_at = ?,
				    status_changed_at = ?, status_changed_by = ?, version = version + 1
				where id = ? and version = ?""")
			.params(Timestamp.from(appointment.start), Timestamp.from(appointment.end), appointment.status.name(),
					appointment.statusReason,
					appointment.confirmedAt == null ? null : Timestamp.from(appointment.confirmedAt),
					Timestamp.from(now), by, appointment.id, appointment.version)
			.update();
		if (updated != 1) {
			throw new ScheduleRefusal("Someone changed this appointment meanwhile: look at it again and retry.");
		}
	}

	static Appointment map(ResultSet rs, int row) throws SQLException {
		Timestamp confirmed = rs.getTimestamp("confirmed_at");
		return new Appointment(rs.getLong("id"), AppointmentType.valueOf(rs.getString("type")),
				rs.getString("location_slug"), ZoneId.of(rs.getString("zone")), rs.getTimestamp("starts_at").toInstant(),
				rs.getTimestamp("ends_at").toInstant(), AppointmentMode.valueOf(rs.getString("mode")),
				AppointmentStatus.valueOf(rs.getString("status")), rs.getLong("consultation_request"),
				(Long) rs.getObject("series_id"), (Integer) rs.getObject("series_position", Integer.class),
				confirmed == null ? null : confirmed.toInstant(), rs.getString("status_reason"), rs.getInt("version"));
	}
}
