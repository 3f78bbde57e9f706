package org.ketamineclinic.treatment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ketamineclinic.staff.StaffRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a session: the dissociation score, the discharge once nothing holds it, the nurse's signature that
 * locks the record, and addenda to the signed record.
 */
@Service
public class InfusionDischarge {

	private final SessionStore store;

	private final ElectronicSignatures signatures;

	private final TreatmentClock clock;

	private final TreatmentProperties settings;

	InfusionDischarge(SessionStore store, ElectronicSignatures signatures, TreatmentClock clock,
			TreatmentProperties settings) {
		this.store = store;
		this.signatures = signatures;
		this.clock = clock;
		this.settings = settings;
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
}
