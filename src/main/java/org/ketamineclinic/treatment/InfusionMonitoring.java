package org.ketamineclinic.treatment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring a running infusion and after it: each set of vitals is checked against the alert rules, each alert is
 * stored with an adverse-event line in the timeline and stays open until someone acknowledges it with what they did;
 * adverse events the nurse observes are recorded beside them.
 */
@Service
public class InfusionMonitoring {

	private final SessionStore store;

	private final TreatmentClock clock;

	private final TreatmentProperties settings;

	InfusionMonitoring(SessionStore store, TreatmentClock clock, TreatmentProperties settings) {
		this.store = store;
		this.clock = clock;
		this.settings = settings;
	}

	/** Records a set of vitals and returns the alerts it raised (already stored and in the timeline). */
	@Transactional
	public List<VitalAlert> recordVitals(long id, VitalsEntry entry) {
		InfusionSession session = store.open(id);
		SessionStatus status = session.status();
		if (status == SessionStatus.PREPARING || status == SessionStatus.DISCHARGED) {
			throw new TreatmentRefusal("systolic", status == SessionStatus.PREPARING
					? "Baseline vitals go on the checklist; these are for once the infusion has started."
					: "The patient has been discharged.");
		}
		Map<String, String> problems = new LinkedHashMap<>();
		Instant now = clock.now();
		VitalSigns reading = Vitals.read(entry, now, false, problems);
		if (!problems.isEmpty()) {
			throw new TreatmentRefusal(problems);
		}
		VitalsPhase phase = status == SessionStatus.OBSERVING ? VitalsPhase.AFTER : VitalsPhase.DURING;
		long vital = store.records().insertVital(id, phase, reading, Staff.current());
		List<VitalSigns> readings = new ArrayList<>(session.monitoredReadings());
		readings.add(reading);
		List<VitalAlert> alerts = new AlertRules(settings.alerts()).evaluate(readings);
		for (VitalAlert alert : alerts) {
			long alertId = store.records().insertAlert(id, vital, alert, now);
			store.records().insertEvent(id, EventKind.ADVERSE_EVENT, now, null, alert.message(),
					alert.severity().name(), null, alertId, Staff.current());
		}
		store.audit(session, org.ketamineclinic.audit.AuditAction.CREATE);
		return alerts;
	}

	/** Someone acknowledges an alert with what they did about it. */
	@Transactional
	public void acknowledge(long id, long alert, String action, String note) {
		InfusionSession session = store.open(id);
		AlertAction done = null;
		for (AlertAction candidate : AlertAction.values()) {
			if (candidate.name().equals(action)) {
				done = candidate;
			}
		}
		if (done == null) {
			throw new TreatmentRefusal("action", "Choose what you did about the alert.");
		}
		String detail = note == null || note.isBlank() ? null : note.strip();
		if (done == AlertAction.MEDICATION_GIVEN && detail == null) {
			throw new TreatmentRefusal("note", "Write which medication, how much and how it was given.");
		}
		if (!store.records().acknowledge(id, alert, done, detail, Staff.current(), clock.now())) {
			throw new TreatmentRefusal("action", "That alert was acknowledged already.");
		}
		store.records().insertEvent(id, EventKind.ALERT_ACKNOWLEDGED, clock.now(), null,
				done.label() + (detail == null ? "" : ": " + detail), null, done.name(), alert, Staff.current());
		store.audit(session, org.ketamineclinic.audit.AuditAction.UPDATE);
	}

	/** An adverse event the nurse observed (nausea, agitation…), beside the ones the alert rules raise. */
	@Transactional
	public void adverseEvent(long id, String type, String severity, String action) {
		InfusionSession session = store.open(id);
		Map<String, String> problems = new LinkedHashMap<>();
		String what = type == null || type.isBlank() ? null : type.strip();
		if (what == null) {
			problems.put("eventType", "Write what happened, for example nausea or agitation.");
		}
		if (!Set.of("MILD", "MODERATE", "SEVERE").contains(severity)) {
			problems.put("eventSeverity", "Choose how severe it was.");
		}
		String done = action == null || action.isBlank() ? null : action.strip();
		if (done == null) {
			problems.put("eventAction", "Write what was done, or \"observed\".");
		}
		if (!problems.isEmpty()) {
			throw new TreatmentRefusal(problems);
		}
		store.records().insertEvent(id, EventKind.ADVERSE_EVENT, clock.now(), null, what, severity, done, null,
				Staff.current());
		store.audit(session, org.ketamineclinic.audit.AuditAction.UPDATE);
	}
}
