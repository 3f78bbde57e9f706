package org.ketamineclinic.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.patient.PatientSummary;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffPrincipal;
import org.ketamineclinic.staff.StaffRole;
import org.ketamineclinic.staff.UrgentNotice;
import org.ketamineclinic.staff.UrgentNotices;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safety alerts: raised when a patient's answers are worrying, assigned to the prescriber on duty, shown at the top
 * of every clinician's screen and sent down the on-call list ({@link SafetyEscalation}) until someone acknowledges one
 * with what they did.
 */
@Service
public class SafetyAlerts implements UrgentNotices {

	private final JdbcClient jdbc;

	private final PatientManagement patients;

	private final StaffManagement staff;

	private final Auditor auditor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PrescriberOnDuty onDuty;

	SafetyAlerts(JdbcClient jdbc, PatientManagement patients, StaffManagement staff, Auditor auditor,
			ApplicationEventPublisher events, Clock clock, PrescriberOnDuty onDuty) {
		this.onDuty = onDuty;
		this.jdbc = jdbc;
		this.patients = patients;
		this.staff = staff;
		this.auditor = auditor;
		this.events = events;
		this.clock = clock;
	}

	/** "PHQ-9 item 9 (thoughts that you would be better off dead…): Several days". */
	static String reason(Instrument instrument, Score score) {
		if (score.risk() != null && score.risk() != RiskLevel.NONE) {
			return instrument.title() + ": " + score.risk().name().toLowerCase() + " risk";
		}
		if (instrument.code() == InstrumentCode.MADRS) {
			return instrument.title() + " (clinician-rated): item 10 (suicidal thoughts) rated " + score.selfHarm()
					+ " of 6";
		}
		return instrument.title() + ": item 9 (thoughts of being better off dead or of hurting yourself) answered "
				+ score.selfHarm() + " of 3";
	}

	/**
	 * Raises an alert in the caller's transaction, assigned as a task to the prescriber on duty at the patient's
	 * clinic; the on-call list hears of it once that commits.
	 */
	long raise(long patient, List<Long> responses, List<String> reasons) {
		PatientSummary summary = patients.summary(patient);
		Long assignedTo = onDuty.at(summary.demographics().homeClinic(), summary.zone()).orElse(null);
		long id = jdbc.sql("""
				insert into safety_alert (patient_id, reasons, raised_at, assigned_to) values (?, ?, ?, ?)
				returning id""")
			.params(patient, String.join("\n", reasons), Timestamp.from(clock.instant()), assignedTo)
			.query(Long.class)
			.single();
		for (long response : responses) {
			jdbc.sql("insert into safety_alert_response (alert_id, response_id) values (?, ?)").params(id, response)
				.update();
		}
		events.publishEvent(new SafetyConcernRaised(id, patient));
		return id;
	}

	/** Open alerts first, then the latest acknowledged; recorded as viewed (they name patients). */
	@Transactional
	public List<SafetyAlertView> recent() {
		List<SafetyAlertView> alerts = jdbc.sql("""
				select * from safety_alert
				order by acknowledged_at is not null, raised_at desc limit 50""")
			.query((rs, n) -> view(rs))
			.list();
		alerts.forEach(a -> auditor.record(AuditAction.VIEW, "patient", Long.toString(a.patientId()),
				"safety-alert:" + a.id()));
		return alerts;
	}

	/** Acknowledges an open alert with what was done; refused without a note, and once acknowledged. */
	@Transactional
	public void acknowledge(long id, String note) {
		String action = note == null ? "" : note.strip();
		if (action.isEmpty()) {
			throw new AssessmentRefusal(Map.of("note", "Write what you did: who called the patient, and what "
					+ "was agreed."));
		}
		long patient = jdbc.sql("select patient_id from safety_alert where id = ?").param(id).query(Long.class)
			.optional()
			.orElseThrow(() -> new AssessmentRefusal(Map.of("note", "There is no such alert.")));
		if (jdbc.sql("""
				update safety_alert set acknowledged_by = ?, acknowledged_at = ?, action_note = ?
				where id = ? and acknowledged_at is null""")
			.params(StaffPrincipal.current().orElseThrow().id(), Timestamp.from(clock.instant()), action, id)
			.update() == 0) {
			throw new AssessmentRefusal(Map.of("note", "A colleague acknowledged this alert already."));
		}
		auditor.record(AuditAction.UPDATE, "patient", Long.toString(patient), "safety-alert:" + id);
	}

	@Override
	public List<UrgentNotice> openFor(StaffPrincipal user) {
		if (!user.has(StaffRole.PRESCRIBER) && !user.has(StaffRole.NURSE) && !user.has(StaffRole.THERAPIST)) {
			return List.of();
		}
		int[] open = jdbc.sql("""
				select count(*) as open, count(*) filter (where assigned_to = ?) as yours
				from safety_alert where acknowledged_at is null""")
			.param(user.id())
			.query((rs, n) -> new int[] { rs.getInt("open"), rs.getInt("yours") })
			.single();
		if (open[0] == 0) {
			return List.of();
		}
		String text = open[0] == 1 ? "1 safety alert needs a clinician now"
				: open[0] + " safety alerts need a clinician now";
		return List.of(new UrgentNotice(open[1] == 0 ? text : text + " (" + open[1] + " assigned to you)",
				"/staff/safety"));
	}

	private SafetyAlertView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		var patient = patients.summary(rs.getLong("patient_id"));
		Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
		return new SafetyAlertView(rs.getLong("id"), patient.id(), patient.name(), patient.mrn(),
				patient.demographics().phone(), List.of(rs.getString("reasons").split("\n")),
				rs.getTimestamp("raised_at").toInstant(),
				patient.zone(),
				rs.getInt("escalations"),
				rs.getObject("assigned_to") == null ? null : staff.names().get(rs.getLong("assigned_to")),
				acknowledged == null ? null : staff.names().get(rs.getLong("acknowledged_by")),
				acknowledged == null ? null : acknowledged.toInstant(), rs.getString("action_note"));
	}
}
