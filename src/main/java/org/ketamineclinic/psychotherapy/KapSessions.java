package org.ketamineclinic.psychotherapy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sessions, their notes and addenda (V18). Staff are stored by id and shown by name. */
@Repository
class KapSessions {

	private final JdbcClient jdbc;

	KapSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(KapSession session) {
		CheckedNote note = session.note();
		NoteContent c = note.content();
		return jdbc.sql("""
				insert into kap_session (patient_id, kind, starts_at, duration_minutes, therapist_id, appointment_id,
				    intentions, set_and_setting, experience, observations, integration_plan, risk_observations,
				    safety_concern, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""")
			.params(session.patientId(), note.kind().name(), ts(note.startsAt()), note.durationMinutes(),
					session.therapistId(), note.appointmentId(), c.intentions(), c.setAndSetting(), c.experience(),
					c.observations(), c.integrationPlan(), c.riskObservations(), c.safetyConcern(),
					ts(session.createdAt()), ts(session.updatedAt()))
			.query(Long.class)
			.single();
	}

	/** Stores a revised or signed draft; false when someone changed it since it was read (or it is signed). */
	boolean update(KapSession session) {
		CheckedNote note = session.note();
		NoteContent c = note.content();
		return jdbc.sql("""
				update kap_session set starts_at = ?, duration_minutes = ?, appointment_id = ?, intentions = ?,
				    set_and_setting = ?, experience = ?, observations = ?, integration_plan = ?,
				    risk_observations = ?, safety_concern = ?, updated_at = ?, signed_at = ?, signed_by = ?,
				    version = version + 1
				where id = ? and version = ? and signed_at is null""")
			.params(ts(note.startsAt()), note.durationMinutes(), note.appointmentId(), c.intentions(),
					c.setAndSetting(), c.experience(), c.observations(), c.integrationPlan(), c.riskObservations(),
					c.safetyConcern(), ts(session.updatedAt()), ts(session.signedAt()), session.signedBy(),
					session.id(), session.version())
			.update() == 1;
	}

	Optional<KapSession> find(long id) {
		return jdbc.sql("select * from kap_session where id = ?").param(id).query(KapSessions::session).optional();
	}

	List<SessionSummary> ofPatient(long patientId, Function<Long, String> names) {
		return jdbc.sql("""
				select s.id, s.kind, s.starts_at, s.duration_minutes, s.therapist_id, s.signed_at, s.safety_concern,
				    (select count(*) from kap_addendum a where a.session_id = s.id) as addenda
				from kap_session s where s.patient_id = ? order by s.starts_at desc, s.id desc""")
			.param(patientId)
			.query((rs, n) -> new SessionSummary(rs.getLong("id"), SessionKind.valueOf(rs.getString("kind")),
					instant(rs, "starts_at"), rs.getInt("duration_minutes"), names.apply(rs.getLong("therapist_id")),
					rs.getObject("signed_at") != null, rs.getBoolean("safety_concern"), rs.getInt("addenda")))
			.list();
	}

	/** Unsigned drafts of one therapist, oldest first: the ones waiting longest come first. */
	List<KapSession> draftsOf(long therapistId) {
		return jdbc.sql("select * from kap_session where therapist_id = ? and signed_at is null order by starts_at")
			.param(therapistId)
			.query(KapSessions::session)
			.list();
	}

	/** Signed notes flagging a safety concern, signed since {@code since}, newest first. */
	List<KapSession> concernsSince(Instant since) {
		return jdbc.sql("""
				select * from kap_session where safety_concern and signed_at >= ? order by signed_at desc limit 100""")
			.param(ts(since))
			.query(KapSessions::session)
			.list();
	}

	void insertAddendum(long sessionId, AddendumText addendum, Instant at, long by) {
		jdbc.sql("insert into kap_addendum (session_id, written_at, written_by, reason, body) values (?, ?, ?, ?, ?)")
			.params(sessionId, ts(at), by, addendum.reason(), addendum.text())
			.update();
	}

	List<Addendum> addenda(long sessionId, Function<Long, String> names) {
		return jdbc.sql("select * from kap_addendum where session_id = ? order by id")
			.param(sessionId)
			.query((rs, n) -> new Addendum(rs.getLong("id"), instant(rs, "written_at"),
					names.apply(rs.getLong("written_by")), rs.getString("reason"), rs.getString("body")))
			.list();
	}

	private static KapSession session(ResultSet rs, int row) throws SQLException {
		var content = new NoteContent(rs.getString("intentions"), rs.getString("set_and_setting"),
				rs.getString("experience"), rs.getString("observations"), rs.getString("integration_plan"),
				rs.getString("risk_observations"), rs.getBoolean("safety_concern"));
		var note = new CheckedNote(SessionKind.valueOf(rs.getString("kind")), instant(rs, "starts_at"),
				rs.getInt("duration_minutes"), rs.getObject("appointment_id", Long.class), content);
		return new KapSession(rs.getLong("id"), rs.getLong("patient_id"), rs.getLong("therapist_id"), note,
				instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "signed_at"),
				rs.getObject("signed_by", Long.class), rs.getInt("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
