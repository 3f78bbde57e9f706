package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.patient.Contact;
import org.ketamineclinic.patient.ContactKind;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.patient.PatientSummary;
import org.ketamineclinic.shared.PhoneNumber;
import org.ketamineclinic.staff.StaffRole;
import org.ketamineclinic.substances.DrawRecorded;
import org.ketamineclinic.substances.SubstanceLedger;
import org.ketamineclinic.substances.SubstanceRefusal;
import org.ketamineclinic.substances.SubstanceReports;
import org.ketamineclinic.substances.VialOnHand;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Preparing and starting an infusion: the session is opened under the patient's standing order, the nurse completes
 * the checklist (today's weight goes on the chart and the dose is worked out from it), a prescriber overrides a high
 * baseline blood pressure with a reason, a second person checks the dose, and the start draws the dose from a vial
 * in the controlled-substance ledger. The start is refused while anything holds it ({@link InfusionSession}).
 */
@Service
public class InfusionSessions {

	private final SessionStore store;

	private final SessionViews views;

	private final PatientManagement patients;

	private final OrderManagement orders;

	private final ElectronicSignatures signatures;

	private final SubstanceLedger ledger;

	private final SubstanceReports reports;

	private final TreatmentClock clock;

	private final TreatmentProperties settings;

	InfusionSessions(SessionStore store, SessionViews views, PatientManagement patients, OrderManagement orders,
			ElectronicSignatures signatures, SubstanceLedger ledger, SubstanceReports reports, TreatmentClock clock,
			TreatmentProperties settings) {
		this.reports = reports;
		this.store = store;
		this.views = views;
		this.patients = patients;
		this.orders = orders;
		this.signatures = signatures;
		this.ledger = ledger;
		this.clock = clock;
		this.settings = settings;
	}

	/** Opens a session under the patient's standing order, or returns the one already open for the appointment. */
	@Transactional
	public long open(long patientId, Long appointmentId) {
		if (appointmentId != null) {
			Optional<Long> existing = store.records().byAppointment(appointmentId);
			if (existing.isPresent()) {
				return existing.get();
			}
		}
		PatientSummary patient = patients.summary(patientId);
		OrderView order = orders.active(patientId)
			.orElseThrow(() -> new TreatmentRefusal("order", "There is no standing order: a prescriber must order "
					+ "the series first."));
		long id = store.records().insert(patientId, order.id(), appointmentId, patient.demographics().homeClinic(),
				Staff.current(), clock.now());
		store.audit(store.load(id), AuditAction.CREATE);
		return id;
	}

	/** The vials at the session's clinic that can give this dose: the ordered concentration, enough left, in date. */
	public List<VialOnHand> vialsFor(InfusionSessionView session) {
		if (session.doseMg() == null) {
			return List.of();
		}
		return reports.onHand(session.clinic()).stream()
			.filter(v -> !v.expired())
			.filter(v -> v.concentration().compareTo(session.order().concentrationMgPerMl()) == 0)
			.filter(v -> v.balanceMg().compareTo(session.doseMg()) >= 0)
			.toList();
	}

	public Optional<Long> forAppointment(long appointmentId) {
		return store.records().byAppointment(appointmentId);
	}

	/** The session for the screen, recorded as viewed. */
	@Transactional
	public InfusionSessionView view(long id) {
		InfusionSession session = store.load(id);
		store.audit(session, AuditAction.VIEW);
		return views.of(session);
	}

	/** An infusion that was given, for the outcome analytics; empty while nothing was. Not a clinical read. */
	public Optional<GivenInfusion> given(long sessionId) {
		return store.records().given(sessionId);
	}

	/**
	 * The series given in full whose last infusion started in ({@code from}, {@code to}], for the questionnaires
	 * that follow a series. Not a clinical read: ids and times only.
	 */
	public List<EndedSeries> seriesEnded(Instant from, Instant to) {
		return store.records().seriesEnded(from, to);
	}

	public List<SessionLine> ofPatient(long patientId) {
		return store.records().ofPatient(patientId).stream().map(store::load).map(views::line).toList();
	}

	/**
	 * Records the checklist: today's weight goes on the chart, the baseline vitals into the session, and the dose is
	 * worked out from the weight under the standing order.
	 */
	@Transactional
	public void checklist(long id, int version, ChecklistEntry entry) {
		InfusionSession session = store.open(id);
		if (session.status() != SessionStatus.PREPARING) {
			throw new TreatmentRefusal("checklist", "The infusion has started: the checklist cannot change now.");
		}
		PatientSummary patient = patients.summary(session.row().patientId());
		Map<String, String> problems = new LinkedHashMap<>();
		if (!"true".equals(entry.identityConfirmed())) {
			problems.put("identityConfirmed", "Check the patient's name and date of birth.");
		}
		if (!"true".equals(entry.fastingConfirmed())) {
			problems.put("fastingConfirmed", "Confirm the patient kept the fasting rules.");
		}
		String escort = entry.escortName() == null ? "" : entry.escortName().strip();
		if (escort.isEmpty() || escort.length() > 120) {
			problems.put("escortName", "Enter the name of the adult taking the patient home.");
		}
		String escortPhone = PhoneNumber.parse(entry.escortPhone() == null ? "" : entry.escortPhone(), "US")
			.map(PhoneNumber::e164).orElse(null);
		if (escortPhone == null) {
			problems.put("escortPhone", "Enter the escort's phone number.");
		}
		PregnancyTest test = pregnancyTest(entry.pregnancyTest(), patient, problems);
		BigDecimal weight = Numbers.decimal(entry.weightKg(), new BigDecimal("20"), new BigDecimal("400"), "weightKg",
				"today's weight", "kg", problems);
		VitalSigns baseline = Vitals.read(new VitalsEntry(entry.systolic(), entry.diastolic(), entry.heartRate(),
				entry.spo2(), entry.respiratoryRate()), clock.now(), true, problems);
		if (!problems.isEmpty()) {
			throw new TreatmentRefusal(problems);
		}
		DoseCalculation dose = orders.doseFor(orders.order(session.row().orderId()), patient, weight);
		patients.entries().recordWeight(patient.id(), weight);
		store.records().insertVital(id, VitalsPhase.BASELINE, baseline, Staff.current());
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("identity_confirmed", true);
		columns.put("fasting_confirmed", true);
		columns.put("escort_name", escort);
		columns.put("escort_phone", escortPhone);
		columns.put("pregnancy_test", test.name());
		columns.put("weight_kg", weight.setScale(1, java.math.RoundingMode.HALF_UP));
		columns.put("checklist_by", Staff.current());
		columns.put("checklist_at", clock.now());
		columns.put("dose_mg", dose.mg());
		columns.put("drug_ml", dose.drugMl());
		columns.put("total_ml", dose.totalMl());
		columns.put("rate_ml_per_hour", dose.rateMlPerHour());
		columns.put("dose_formula", String.join("\n", dose.formula()));
		// A new weight is a new dose: an earlier check or override was for the old numbers.
		columns.put("dose_checked_by", null);
		columns.put("dose_checked_at", null);
		columns.put("bp_override_by", null);
		columns.put("bp_override_reason", null);
		columns.put("bp_override_at", null);
		store.write(session, version, columns);
	}

	/** A prescriber lets the infusion start despite a high baseline blood pressure, with a reason and signature. */
	@Transactional
	public void overrideBloodPressure(long id, int version, long prescriber, String code, String reason) {
		InfusionSession session = store.open(id);
		if (!session.baselineAboveGate(settings.session())) {
			throw new TreatmentRefusal("reason", "The baseline blood pressure is within the limit: nothing to "
					+ "override.");
		}
		if (reason == null || reason.isBlank()) {
			throw new TreatmentRefusal("reason", "Write the reason for starting despite the blood pressure.");
		}
		Signer signer = signatures.sign(prescriber, code, Set.of(StaffRole.PRESCRIBER), "prescriber");
		store.write(session, version, Map.of("bp_override_by", signer.id(), "bp_override_reason", reason.strip(),
				"bp_override_at", signer.at()));
		store.event(session, EventKind.BP_OVERRIDE, null, signer.name() + ": " + reason.strip());
	}

	/** A second nurse or prescriber checks the dose against the order and the formula, and signs for it. */
	@Transactional
	public void checkDose(long id, int version, long checker, String code) {
		InfusionSession session = store.open(id);
		if (session.row().doseMg() == null) {
			throw new TreatmentRefusal("checker", "Complete the checklist first: the dose needs today's weight.");
		}
		if (checker == session.row().openedBy()) {
			throw new TreatmentRefusal("checker", "The second check is by another person than the nurse who "
					+ "prepared the infusion.");
		}
		Signer signer = signatures.sign(checker, code, Set.of(StaffRole.NURSE, StaffRole.PRESCRIBER), "checker");
		store.write(session, version, Map.of("dose_checked_by", signer.id(), "dose_checked_at", signer.at()));
		store.event(session, EventKind.DOSE_CHECKED, null, signer.name() + " checked " + Decimals.plain(
				session.row().doseMg()) + " mg at " + Decimals.plain(session.row().rateMlPerHour()) + " mL/h");
	}

	/** Starts the infusion, drawing the dose from the vial in the ledger; refused while anything holds the start. */
	@Transactional
	public void start(long id, int version, String vial) {
		InfusionSession session = store.open(id);
		if (session.status() != SessionStatus.PREPARING) {
			throw new TreatmentRefusal("start", "The infusion has started already.");
		}
		List<String> blocks = session.startBlocks(views.conditions(session), settings.session());
		if (!blocks.isEmpty()) {
			throw new TreatmentRefusal("start", "The infusion cannot start yet: " + String.join(" ", blocks));
		}
		if (vial == null || !vial.matches("\\d{1,18}")) {
			throw new TreatmentRefusal("vial", "Choose the vial the dose is drawn from.");
		}
		OrderView order = orders.order(session.row().orderId());
		var chosen = reports.vial(Long.parseLong(vial)).orElse(null);
		if (chosen == null || chosen.concentration().compareTo(order.concentrationMgPerMl()) != 0) {
			throw new TreatmentRefusal("vial", chosen == null ? "Choose the vial the dose is drawn from."
					: "This vial is %s mg/mL; the order is for %s mg/mL: choose a vial of the ordered concentration."
						.formatted(Decimals.plain(chosen.concentration()), Decimals.plain(order.concentrationMgPerMl())));
		}
		DrawRecorded draw;
		try {
			draw = ledger.draw(Long.parseLong(vial), session.row().clinic(), "infusion-session:" + id,
					session.row().patientId(), session.row().doseMg(), Staff.current());
		}
		catch (SubstanceRefusal refused) {
			throw new TreatmentRefusal("vial", refused.getMessage());
		}
		store.write(session, version, Map.of("started_at", clock.now(), "substance_draw_id", draw.drawId()));
		store.event(session, EventKind.START, session.row().rateMlPerHour(), Decimals.plain(session.row().doseMg())
				+ " mg in " + Decimals.plain(session.row().totalMl()) + " mL, drawn from vial " + draw.vialId());
	}

	private PregnancyTest pregnancyTest(String text, PatientSummary patient, Map<String, String> problems) {
		PregnancyTest test = null;
		for (PregnancyTest candidate : PregnancyTest.values()) {
			if (candidate.name().equals(text)) {
				test = candidate;
			}
		}
		if (test == null) {
			problems.put("pregnancyTest", "Choose the pregnancy test result, or not required.");
		}
		else if (patient.demographics().childbearingPotential() && test == PregnancyTest.NOT_REQUIRED) {
			problems.put("pregnancyTest", "This patient could become pregnant: a negative test is required.");
		}
		return test;
	}

	static String escortFrom(PatientSummary patient) {
		return patient.contacts().stream().filter(c -> c.kind() == ContactKind.ESCORT).map(Contact::name)
			.findFirst().orElse(null);
	}
}
