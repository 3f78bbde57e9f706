package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.ketamineclinic.TestClock;
import org.ketamineclinic.patient.PatientFixtures;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.patient.SexAtBirth;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.ketamineclinic.substances.SubstanceLedger;
import org.ketamineclinic.substances.VialReceipt;
import org.springframework.context.ApplicationContext;

/**
 * A care team and patients at each step of the road to an infusion: charted, screened and approved, consented,
 * ordered, with a vial of the ordered concentration in the Seattle clinic's ledger.
 */
public final class TreatmentFixtures {

	public final StaffFixtures.Staffer coordinator;

	public final StaffFixtures.Staffer nurse;

	public final StaffFixtures.Staffer secondNurse;

	public final StaffFixtures.Staffer prescriber;

	private final TestClock clock;

	private final PatientFixtures patients;

	private final PatientManagement charts;

	private final ScreeningManagement screenings;

	private final ConsentManagement consent;

	private final OrderManagement orders;

	private final SubstanceLedger ledger;

	public TreatmentFixtures(ApplicationContext context) {
		var staff = new StaffFixtures(context);
		coordinator = staff.create("Casey Coordinator", StaffRole.INTAKE);
		nurse = staff.create("Nina Nurse", StaffRole.NURSE);
		secondNurse = staff.create("Sol Second", StaffRole.NURSE);
		prescriber = staff.create("Priya Prescriber", StaffRole.PRESCRIBER);
		clock = context.getBean(TestClock.class);
		patients = new PatientFixtures(context);
		charts = context.getBean(PatientManagement.class);
		screenings = context.getBean(ScreeningManagement.class);
		consent = context.getBean(ConsentManagement.class);
		orders = context.getBean(OrderManagement.class);
		ledger = context.getBean(SubstanceLedger.class);
	}

	/** A chart with a recurrent depression diagnosis, 170 cm and 80 kg. */
	public long chartedPatient(String first, String last) {
		long id = patients.chart(first, last, "seattle", SexAtBirth.MALE, "80", coordinator);
		as(prescriber, () -> charts.entries().addDiagnosis(id, "F33.2", null));
		return id;
	}

	/** The screening answers of a patient with no exclusion or review flag and three failed trials. */
	public static ScreeningEntry clearScreening() {
		Map<String, String> answers = new java.util.HashMap<>();
		for (ScreeningQuestion question : ScreeningQuestion.values()) {
			answers.put(question.name(), "no");
		}
		return new ScreeningEntry("3", "true", "124", "78", answers);
	}

	public long approvedScreening(long patient) {
		long screening = as(nurse, () -> screenings.record(patient, clearScreening()));
		as(prescriber, () -> {
			screenings.decide(screening, ScreeningDecision.APPROVED, null, prescriber.id(), code(prescriber));
			return null;
		});
		return screening;
	}

	public void consented(long patient) {
		as(nurse, () -> consent.signOnTablet(patient, consent.current().id(), charts.summary(patient).demographics()
			.legalName(), true, "10.0.0.7", "Tablet test"));
	}

	/** The protocol's order: 0.5 mg/kg of actual weight over 40 min, 10 mg/mL in 100 mL. */
	public long ordered(long patient) {
		return as(prescriber, () -> orders.sign(patient, orders.defaults(), prescriber.id(), code(prescriber)));
	}

	/** Charted, approved, consented and ordered. */
	public long readyForInfusion(String first, String last) {
		long patient = chartedPatient(first, last);
		approvedScreening(patient);
		consented(patient);
		ordered(patient);
		return patient;
	}

	/** A 20 mL vial at 10 mg/mL (200 mg) in the Seattle ledger, received today. */
	public long vial() {
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/Los_Angeles")));
		return as(nurse, () -> ledger.receive(new VialReceipt("seattle", new BigDecimal("10"), new BigDecimal("20"), 1,
				"LOT-" + UUID.randomUUID().toString().substring(0, 6), today.plusYears(1), "Cardinal Test Supply",
				"AB1234563", today, nurse.id()))).get(0);
	}

	/**
	 * The staff member's authenticator code now. Each code works once, so the clock moves to the next 30-second step
	 * first: two signatures in a row by one person each get a fresh code.
	 */
	public String code(StaffFixtures.Staffer staffer) {
		clock.advance(Duration.ofSeconds(31));
		return StaffFixtures.code(staffer.secret(), clock.instant());
	}

	public static <T> T as(StaffFixtures.Staffer staffer, Supplier<T> work) {
		return PatientFixtures.as(staffer, work);
	}

	public static void run(StaffFixtures.Staffer staffer, Runnable work) {
		PatientFixtures.as(staffer, () -> {
			work.run();
			return null;
		});
	}
}
