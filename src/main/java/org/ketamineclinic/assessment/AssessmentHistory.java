package org.ketamineclinic.assessment;

import java.time.Instant;
import java.util.List;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.treatment.InfusionSessions;
import org.ketamineclinic.treatment.SessionLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's questionnaires over time: whether the treatment works for them, measured. Reading it is audited.
 */
@Service
public class AssessmentHistory {

	private final JdbcClient jdbc;

	private final InfusionSessions sessions;

	private final Auditor auditor;

	private final AssessmentProperties settings;

	AssessmentHistory(JdbcClient jdbc, InfusionSessions sessions, Auditor auditor, AssessmentProperties settings) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.auditor = auditor;
		this.settings = settings;
	}

	@Transactional
	public Trend trend(long patientId) {
		List<ScoredResponse> all = jdbc.sql("""
				select id, instrument, submitted_at, total, band, risk, safety_concern from assessment_response
				where patient_id = ? order by submitted_at, id""")
			.param(patientId)
			.query((rs, n) -> new ScoredResponse(rs.getLong("id"), InstrumentCode.valueOf(rs.getString("instrument")),
					rs.getTimestamp("submitted_at").toInstant(), (Integer) rs.getObject("total"), rs.getString("band"),
					rs.getString("risk") == null ? null : RiskLevel.valueOf(rs.getString("risk")),
					rs.getBoolean("safety_concern")))
			.list();
		auditor.record(AuditAction.VIEW, "patient", Long.toString(patientId), "questionnaires");
		List<ScoredResponse> phq9 = scored(all, InstrumentCode.PHQ9);
		Integer baseline = phq9.isEmpty() ? null : phq9.get(0).total();
		List<Instant> infusions = sessions.ofPatient(patientId).stream()
			.map(SessionLine::startedAt)
			.filter(java.util.Objects::nonNull)
			.sorted()
			.toList();
		return new Trend(phq9, scored(all, InstrumentCode.GAD7), baseline,
				baseline == null ? null : settings.outcome().responseAtOrBelow(baseline),
				settings.outcome().remissionPhq9Below(), infusions, scored(all, InstrumentCode.MADRS), all);
	}

	/** One stored questionnaire's score, for the modules that follow outcomes; not a clinical read, not audited. */
	public java.util.Optional<CompletedQuestionnaire> completed(long responseId) {
		return jdbc.sql("select id, patient_id, instrument, total, submitted_at from assessment_response where id = ?")
			.param(responseId)
			.query((rs, n) -> new CompletedQuestionnaire(rs.getLong("id"), rs.getLong("patient_id"),
					InstrumentCode.valueOf(rs.getString("instrument")), (Integer) rs.getObject("total"),
					rs.getTimestamp("submitted_at").toInstant()))
			.optional();
	}

	private static List<ScoredResponse> scored(List<ScoredResponse> all, InstrumentCode code) {
		return all.stream().filter(r -> r.instrument() == code && r.total() != null).toList();
	}
}
