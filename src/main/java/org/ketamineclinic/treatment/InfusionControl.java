package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.ketamineclinic.staff.StaffRole;
import org.ketamineclinic.substances.SubstanceLedger;
import org.ketamineclinic.substances.SubstanceRefusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The infusion itself once started: pause, resume, rate changes, completion (the whole dose given, logged in the
 * controlled-substance ledger), and stopping early (what was given is logged, the rest wasted before a witness who
 * signs with their own code).
 */
@Service
public class InfusionControl {

	private final SessionStore store;

	private final ElectronicSignatures signatures;

	private final SubstanceLedger ledger;

	private final TreatmentClock clock;

	private final ApplicationEventPublisher events;

	InfusionControl(SessionStore store, ElectronicSignatures signatures, SubstanceLedger ledger, TreatmentClock clock,
			ApplicationEventPublisher events) {
		this.store = store;
		this.signatures = signatures;
		this.ledger = ledger;
		this.clock = clock;
		this.events = events;
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
		events.publishEvent(new InfusionGiven(id));
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
		if (given.signum() > 0) {
			events.publishEvent(new InfusionGiven(id));
		}
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
