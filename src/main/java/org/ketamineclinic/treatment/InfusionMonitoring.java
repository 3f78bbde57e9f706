package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ketamineclinic.staff.StaffRole;
import org.ketamineclinic.substances.SubstanceLedger;
import org.ketamineclinic.substances.SubstanceRefusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The running infusion and after: vitals checked against the alert rules after each reading (each alert is an
 * adverse-event entry that someone must acknowledge with what they did), pause, resume, rate changes, stopping early
 * (what was not given is wasted before a witness), completion, dissociation scoring, discharge and the nurse's
 * signature, after which the record only takes addenda.
 */
@Service
public class InfusionMonitoring {

	private final SessionStore store;

	private final ElectronicSignatures signatures;

	private final SubstanceLedger ledger;

	private final TreatmentClock clock;

	private final TreatmentProperties settings;

	InfusionMonitoring(SessionStore store, ElectronicSignatures signatures, SubstanceLedger ledger,
			TreatmentClock clock, TreatmentProperties settings) {
		this.store = store;
		this.signatures = signatures;
		this.ledger = ledger;
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

	@Transactional
	public void pause(long id, String reason) {
		InfusionSession session = running(id, SessionStatus.RUNNING, "The infusion is not running.");
		store.event(session, EventKind.PAUSE, null, required(reason, "reason", "Write why the infusion is paused."));
		store.audit(session, org.ketamineclinic.audit.AuditAction.UPDATE);
	}

	@Transactional
	public void resume(long id) {
		InfusionSession session = running(id, SessionStatus.PAUSED, "The infusion is not paused.");
		store.event(session, EventKind.RESUME, null, null);
		store.audit(session, org.ketamineclinic.audit.AuditAction.UPDATE);
	}

	@Transactional
	public void changeRate(long id, String rate, String reason) {
		InfusionSession session = store.open(id);
		if (!session.status().equals(SessionStatus.RUNNING) && !session.status().equals(SessionStatus.PAUSED)) {
			throw new TreatmentRefusal("rate", "The infusion is not running.");
		}
		Map<String, String> problems = new LinkedHashMap<>();
		BigDecimal mlPerHour = Numbers.decimal(rate, new BigDecimal("0.1"), session.row().rateMlPerHour(), "rate",
				"the new rate", "mL/h", problems);
		if (!problems.isEmpty()) {
			throw new TreatmentRefusal(problems);
		}
		store.event(session, EventKind.RATE_CHANGE, mlPerHour, required(reason, "reason", "Write why the rate "
				+ "changes."));
		store.audit(session, org.ketamineclinic.audit.AuditAction.UPDATE);
	}

	/** The whole dose ran: all of it was administered. */
	@Transactional
	public void complete(long id, int version) {
		InfusionSession session = store.open(id);
		if (session.status() != SessionStatus.RUNNING) {
			throw new TreatmentRefusal("complete", session.status() == SessionStatus.PAUSED
					? "Resume or stop the infusion: it is paused." : "The infusion is not running.");
		}
		BigDecimal dose = session.row().doseMg();
		record(() -> ledger.administered(session.row().substanceDrawId(), dose, Staff.current()));
		store.write(session, version, Map.of("infusion_ended_at", clock.now(), "administered_mg", dose));
		store.event(session, EventKind.COMPLETE, null, Decimals.plain(dose) + " mg given");
	}

	/**
	 * Stops the infusion early. What was given is recorded in the ledger; the rest is wasted before a witness, who
	 * signs with their authenticator code.
	 */
	@Transactional
	public void stop(long id, int version, String reason, String administeredMg, Long witness, String witnessCode,
			String wasteHow) {
		InfusionSession session = store.open(id);
		if (!session.status().equals(SessionStatus.RUNNING) && !session.status().equals(SessionStatus.PAUSED)) {
			throw new TreatmentRefusal("reason", "The infusion is not running.");
		}
		Map<String, String> problems = new LinkedHashMap<>();
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why == null) {
			problems.put("reason", "Write why the infusion is stopped.");
		}
		BigDecimal dose = session.row().doseMg();
		BigDecimal given = Numbers.decimal(administeredMg, BigDecimal.ZERO, dose, "administeredMg",
				"how much was given", "mg", problems);
		if (!problems.isEmpty()) {
			throw new TreatmentRefusal(problems);
		}
		BigDecimal rest = dose.subtract(given);
		long drawId = session.row().substanceDrawId();
		if (given.signum() > 0) {
			record(() -> ledger.administered(drawId, given, Staff.current()));
		}
		if (rest.signum() > 0) {
			if (witness == null || witness == Staff.current()) {
				throw new TreatmentRefusal("witness", "Choose the colleague who witnesses the waste of the "
						+ Decimals.plain(rest) + " mg not given.");
			}
			Signer signer = signatures.sign(witness, witnessCode, Set.of(StaffRole.NURSE, StaffRole.PRESCRIBER),
					"witness");
			String how = wasteHow == null || wasteHow.isBlank() ? "Wasted after the infusion was stopped" : wasteHow;
			record(() -> ledger.wasted(drawId, rest, how.strip(), Staff.current(), signer.id(), true));
		}
		store.write(session, version, Map.of("infusion_ended_at", clock.now(), "administered_mg", given,
				"ended_early_reason", why));
		store.event(session, EventKind.STOP, null, why + " (" + Decimals.plain(given) + " of " + Decimals.plain(dose)
				+ " mg given)");
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

	/** The CADSS-6 after the infusion: six items scored 0–4. */
	@Transactional
	public void scoreDissociation(long id, int version, Map<String, String> scores) {
		InfusionSession session = store.open(id);
		if (session.status() != SessionStatus.OBSERVING) {
			throw new TreatmentRefusal("cadss", "Dissociation is scored after the infusion, before discharge.");
		}
		Map<String, String> problems = new LinkedHashMap<>();
		StringBuilder items = new StringBuilder();
		int total = 0;
		for (CadssItem item : CadssItem.values()) {
			Integer score = Numbers.whole(scores.get(item.name()), 0, 4, item.name(), "a score for \""
					+ item.label().toLowerCase() + "\"", problems);
			items.append(score == null ? "?" : score);
			total += score == null ? 0 : score;
		}
		if (!problems.isEmpty()) {
			throw new TreatmentRefusal(problems);
		}
		store.write(session, version, Map.of("cadss_items", items.toString(), "cadss_total", total));
	}

	/** Discharges the patient when nothing holds it and the nurse has checked the discharge list. */
	@Transactional
	public void discharge(long id, int version, DischargeEntry entry) {
		InfusionSession session = store.open(id);
		if (session.status() != SessionStatus.OBSERVING) {
			throw new TreatmentRefusal("discharge", "Only a patient observed after the infusion can be discharged.");
		}
		Map<String, String> problems = new LinkedHashMap<>();
		List<String> blocks = session.dischargeBlocks(clock.now(), settings.session());
		if (!blocks.isEmpty()) {
			problems.put("discharge", "Not yet: " + String.join(" ", blocks));
		}
		if (!"true".equals(entry.alertAndOriented())) {
			problems.put("alertAndOriented", "Check that the patient is alert and oriented.");
		}
		if (!"true".equals(entry.escortPresent())) {
			problems.put("escortPresent", "The patient leaves only with their escort.");
		}
		if (!"true".equals(entry.noDrivingAcknowledged())) {
			problems.put("noDrivingAcknowledged", "The patient must acknowledge: no driving until tomorrow.");
		}
		if (!problems.isEmpty()) {
			throw new TreatmentRefusal(problems);
		}
		store.write(session, version, Map.of("alert_and_oriented", true, "escort_present", true,
				"no_driving_acknowledged", true, "discharged_at", clock.now(), "discharged_by", Staff.current()));
		store.event(session, EventKind.DISCHARGE, null, null);
	}

	/** The nurse signs the record with their authenticator code; from then on it only takes addenda. */
	@Transactional
	public void sign(long id, int version, String code) {
		InfusionSession session = store.open(id);
		if (session.status() != SessionStatus.DISCHARGED) {
			throw new TreatmentRefusal("code", "The record is signed after the discharge.");
		}
		Signer signer = signatures.sign(Staff.current(), code, Set.of(StaffRole.NURSE, StaffRole.PRESCRIBER), "signer");
		// The timeline's last line goes in before the lock: nothing is added after it.
		store.records().insertEvent(id, EventKind.SIGNED, signer.at(), null, signer.name(), null, null, null,
				signer.id());
		store.write(session, version, Map.of("signed_by", signer.id(), "signed_at", signer.at()));
	}

	/** A correction or addition to a signed record, with the reason; the record itself does not change. */
	@Transactional
	public void addendum(long id, String reason, String text) {
		InfusionSession session = store.load(id);
		if (session.status() != SessionStatus.SIGNED) {
			throw new TreatmentRefusal("addendum", "Change the record itself: it is not signed yet.");
		}
		Map<String, String> problems = new LinkedHashMap<>();
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		String what = text == null || text.isBlank() ? null : text.strip();
		if (why == null) {
			problems.put("addendumReason", "Write why the record needs this addendum.");
		}
		if (what == null) {
			problems.put("addendumText", "Write the addendum.");
		}
		if (!problems.isEmpty()) {
			throw new TreatmentRefusal(problems);
		}
		store.records().insertAddendum(id, Staff.current(), clock.now(), why, what);
		store.audit(session, org.ketamineclinic.audit.AuditAction.UPDATE);
	}

	private InfusionSession running(long id, SessionStatus expected, String otherwise) {
		InfusionSession session = store.open(id);
		if (session.status() != expected) {
			throw new TreatmentRefusal("status", otherwise);
		}
		return session;
	}

	private static String required(String text, String field, String problem) {
		if (text == null || text.isBlank()) {
			throw new TreatmentRefusal(field, problem);
		}
		return text.strip();
	}

	private static void record(Runnable ledgerEntry) {
		try {
			ledgerEntry.run();
		}
		catch (SubstanceRefusal refused) {
			throw new TreatmentRefusal("ledger", "The controlled-substance log refused this: " + refused.getMessage());
		}
	}
}
