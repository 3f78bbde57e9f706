package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The session's rows (V17). Once signed, the database refuses any change to them. */
@Repository
class InfusionRecords {

	private final JdbcClient jdbc;

	InfusionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long patient, long order, Long appointment, String clinic, long by, Instant at) {
		return jdbc.sql("""
				insert into infusion_session (patient_id, order_id, appointment_id, clinic, opened_by, opened_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(patient, order, appointment, clinic, by, Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	Optional<Long> byAppointment(long appointment) {
		return jdbc.sql("select id from infusion_session where appointment_id = ?").param(appointment)
			.query(Long.class).optional();
	}

	Optional<GivenInfusion> given(long session) {
		return jdbc.sql("""
				select s.id, s.patient_id, s.clinic, o.id as order_id, o.program, o.infusions, o.mg_per_kg,
				       s.started_at, s.administered_mg
				from infusion_session s join treatment_order o on o.id = s.order_id
				where s.id = ? and s.started_at is not null and s.administered_mg > 0""")
			.param(session)
			.query((rs, n) -> new GivenInfusion(rs.getLong("id"), rs.getLong("patient_id"), rs.getString("clinic"),
					rs.getLong("order_id"), rs.getString("program"), rs.getInt("infusions"),
					rs.getBigDecimal("mg_per_kg"), rs.getTimestamp("started_at").toInstant(),
					rs.getBigDecimal("administered_mg")))
			.optional();
	}

	/**
	 * Orders whose infusions were all given, the last one starting after {@code from} and no later than {@code to};
	 * one query. An order stopped before its series was complete never gets here: it has fewer infusions given than
	 * planned, and one discontinued before its last infusion is left out too.
	 */
	List<EndedSeries> seriesEnded(Instant from, Instant to) {
		return jdbc.sql("""
				select o.id as order_id, o.patient_id, max(s.started_at) as last_started_at
				from treatment_order o join infusion_session s on s.order_id = o.id
				where s.started_at is not null and s.administered_mg > 0
				group by o.id, o.patient_id, o.infusions, o.discontinued_at
				having count(*) >= o.infusions and max(s.started_at) > ? and max(s.started_at) <= ?
				    and (o.discontinued_at is null or o.discontinued_at >= max(s.started_at))
				order by o.id""")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new EndedSeries(rs.getLong("order_id"), rs.getLong("patient_id"),
					rs.getTimestamp("last_started_at").toInstant()))
			.list();
	}

	List<Long> ofPatient(long patient) {
		return jdbc.sql("select id from infusion_session where patient_id = ? order by opened_at desc, id desc")
			.param(patient).query(Long.class).list();
	}

	Optional<InfusionSession> find(long id, Function<Long, String> names) {
		return jdbc.sql("select * from infusion_session where id = ?").param(id).query((rs, n) -> row(rs)).optional()
			.map(row -> new InfusionSession(row, vitals(id, names), alerts(id, names), events(id, names)));
	}

	/**
	 * Writes the named columns if nobody changed the session since {@code version} was read; the names come from
	 * this module's code, never from input.
	 */
	boolean update(long id, int version, Map<String, Object> columns) {
		StringBuilder sql = new StringBuilder("update infusion_session set version = version + 1");
		columns.keySet().forEach(column -> sql.append(", ").append(column).append(" = :").append(column));
		var statement = jdbc.sql(sql + " where id = :id and version = :version");
		for (var column : columns.entrySet()) {
			Object value = column.getValue() instanceof Instant at ? Timestamp.from(at) : column.getValue();
			statement = statement.param(column.getKey(), value);
		}
		return statement.param("id", id).param("version", version).update() == 1;
	}

	long insertVital(long session, VitalsPhase phase, VitalSigns r, long by) {
		return jdbc.sql("""
				insert into infusion_vital (session_id, phase, taken_at, systolic, diastolic, heart_rate, spo2,
				    respiratory_rate, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(session, phase.name(), Timestamp.from(r.takenAt()), r.systolic(), r.diastolic(), r.heartRate(),
					r.spo2(), r.respiratoryRate(), by)
			.query(Long.class)
			.single();
	}

	long insertAlert(long session, long vital, VitalAlert alert, Instant at) {
		return jdbc.sql("""
				insert into infusion_alert (session_id, vital_id, kind, severity, message, raised_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(session, vital, alert.kind().name(), alert.severity().name(), alert.message(), Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	boolean acknowledge(long session, long alert, AlertAction action, String note, long by, Instant at) {
		return jdbc.sql("""
				update infusion_alert set acknowledged_by = ?, acknowledged_at = ?, action = ?, action_note = ?
				where id = ? and session_id = ? and acknowledged_at is null""")
			.params(by, Timestamp.from(at), action.name(), note, alert, session)
			.update() == 1;
	}

	void insertEvent(long session, EventKind kind, Instant at, BigDecimal rate, String detail, String severity,
			String action, Long alert, long by) {
		jdbc.sql("""
				insert into infusion_event (session_id, kind, at, rate_ml_per_hour, detail, severity, action, alert_id,
				    recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(session, kind.name(), Timestamp.from(at), rate, detail, severity, action, alert, by)
			.update();
	}

	void insertAddendum(long session, long by, Instant at, String reason, String text) {
		jdbc.sql("insert into infusion_addendum (session_id, written_by, written_at, reason, text) values (?, ?, ?, ?, ?)")
			.params(session, by, Timestamp.from(at), reason, text)
			.update();
	}

	List<SessionAddendum> addenda(long session, Function<Long, String> names) {
		return jdbc.sql("select * from infusion_addendum where session_id = ? order by written_at, id").param(session)
			.query((rs, n) -> new SessionAddendum(rs.getLong("id"), names.apply(rs.getLong("written_by")),
					instant(rs, "written_at"), rs.getString("reason"), rs.getString("text")))
			.list();
	}

	private List<SessionVital> vitals(long session, Function<Long, String> names) {
		return jdbc.sql("select * from infusion_vital where session_id = ? order by taken_at, id").param(session)
			.query((rs, n) -> new SessionVital(rs.getLong("id"), VitalsPhase.valueOf(rs.getString("phase")),
					new VitalSigns(instant(rs, "taken_at"), integer(rs, "systolic"), integer(rs, "diastolic"),
							integer(rs, "heart_rate"), integer(rs, "spo2"), integer(rs, "respiratory_rate")),
					names.apply(rs.getLong("recorded_by"))))
			.list();
	}

	private List<SessionAlert> alerts(long session, Function<Long, String> names) {
		return jdbc.sql("select * from infusion_alert where session_id = ? order by raised_at, id").param(session)
			.query((rs, n) -> new SessionAlert(rs.getLong("id"), AlertKind.valueOf(rs.getString("kind")),
					rs.getString("message"), instant(rs, "raised_at"),
					rs.getObject("acknowledged_by") == null ? null : names.apply(rs.getLong("acknowledged_by")),
					instant(rs, "acknowledged_at"),
					rs.getString("action") == null ? null : AlertAction.valueOf(rs.getString("action")),
					rs.getString("action_note")))
			.list();
	}

	private List<SessionEvent> events(long session, Function<Long, String> names) {
		return jdbc.sql("select * from infusion_event where session_id = ? order by at, id").param(session)
			.query((rs, n) -> new SessionEvent(rs.getLong("id"), EventKind.valueOf(rs.getString("kind")),
					instant(rs, "at"), rs.getBigDecimal("rate_ml_per_hour"), rs.getString("detail"),
					rs.getString("severity"), rs.getString("action"), names.apply(rs.getLong("recorded_by"))))
			.list();
	}

	private static SessionRow row(ResultSet rs) throws SQLException {
		String pregnancy = rs.getString("pregnancy_test");
		return new SessionRow(rs.getLong("id"), rs.getLong("patient_id"), rs.getLong("order_id"),
				(Long) rs.getObject("appointment_id"), rs.getString("clinic"), rs.getLong("opened_by"),
				instant(rs, "opened_at"), rs.getBoolean("identity_confirmed"), rs.getBoolean("fasting_confirmed"),
				rs.getString("escort_name"), rs.getString("escort_phone"),
				pregnancy == null ? null : PregnancyTest.valueOf(pregnancy), rs.getBigDecimal("weight_kg"),
				instant(rs, "checklist_at"), (Long) rs.getObject("bp_override_by"), rs.getString("bp_override_reason"),
				rs.getBigDecimal("dose_mg"), rs.getBigDecimal("drug_ml"), rs.getBigDecimal("total_ml"),
				rs.getBigDecimal("rate_ml_per_hour"), rs.getString("dose_formula"),
				(Long) rs.getObject("dose_checked_by"), (Long) rs.getObject("substance_draw_id"),
				instant(rs, "started_at"), instant(rs, "infusion_ended_at"), rs.getString("ended_early_reason"),
				rs.getBigDecimal("administered_mg"), rs.getString("cadss_items"), integer(rs, "cadss_total"),
				(Boolean) rs.getObject("alert_and_oriented"), (Boolean) rs.getObject("escort_present"),
				(Boolean) rs.getObject("no_driving_acknowledged"), instant(rs, "discharged_at"),
				(Long) rs.getObject("discharged_by"), (Long) rs.getObject("signed_by"), instant(rs, "signed_at"),
				rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		return (Integer) rs.getObject(column);
	}
}
