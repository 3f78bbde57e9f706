package org.ketamineclinic.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketamineclinic.treatment.TreatmentFixtures.as;
import static org.ketamineclinic.treatment.TreatmentFixtures.run;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The gates before an infusion starts, the monitoring while it runs, and the locked record after it is signed. */
@ClinicIntegrationTest
class InfusionSessionTest {

	/** Monday, December 7, 2026, 9:00 in Seattle. */
	static final Instant MONDAY_9 = Instant.parse("2026-12-07T17:00:00Z");

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InfusionSessions sessions;

	@Autowired
	InfusionMonitoring monitoring;

	@Autowired
	InfusionControl control;

	@Autowired
	InfusionDischarge discharging;

	@Autowired
	ScreeningManagement screenings;

	TreatmentFixtures team;

	@BeforeEach
	void aCareTeam() {
		clock.set(MONDAY_9);
		team = new TreatmentFixtures(context);
	}

	@Test
	void noInfusionStartsWithoutCurrentConsent() {
		long patient = team.chartedPatient("Noel", "Noconsent");
		team.approvedScreening(patient);
		team.ordered(patient);
		long session = prepared(patient, "124", "78");

		assertThatThrownBy(() -> start(session)).isInstanceOf(TreatmentRefusal.class)
			.hasMessageContaining("The patient has not signed the current consent form.");
	}

	@Test
	void noOrderWithoutAScreeningSignedByAPrescriber() {
		long patient = team.chartedPatient("Una", "Unsigned");
		as(team.nurse, () -> screenings.record(patient, TreatmentFixtures.clearScreening()));

		assertThatThrownBy(() -> team.ordered(patient)).isInstanceOf(TreatmentRefusal.class)
			.hasMessageContaining("A prescriber must sign an approving screening before ordering.");
	}

	@Test
	void aNewerDeclinedScreeningHoldsTheStartOfAnInfusionAlreadyOrdered() {
		long patient = team.readyForInfusion("Dee", "Declined");
		long later = as(team.nurse, () -> screenings.record(patient, TreatmentFixtures.clearScreening()));
		run(team.prescriber, () -> screenings.decide(later, ScreeningDecision.DECLINED, "Psychosis history found in "
				+ "outside records", team.prescriber.id(), team.code(team.prescriber)));
		long session = prepared(patient, "124", "78");

		assertThatThrownBy(() -> start(session)).hasMessageContaining("No screening approved by a prescriber.");
	}

	@Test
	void aHighBaselineBloodPressureHoldsTheStartUntilAPrescriberOverridesWithAReason() {
		long patient = team.readyForInfusion("Hal", "Pressure");
		long session = prepared(patient, "172", "104");

		assertThatThrownBy(() -> start(session))
			.hasMessageContaining("Baseline blood pressure 172/104 is above 160/100");
		assertThatThrownBy(() -> run(team.nurse, () -> sessions.overrideBloodPressure(session, version(session),
				team.nurse.id(), team.code(team.nurse), "Anxious, rechecked")))
			.hasMessageContaining("cannot sign this: it needs a prescriber");

		run(team.prescriber, () -> sessions.overrideBloodPressure(session, version(session), team.prescriber.id(),
				team.code(team.prescriber), "White-coat pattern; 148/92 at home this morning"));
		start(session);

		assertThat(view(session).status()).isEqualTo(SessionStatus.RUNNING);
		assertThat(view(session).bpOverrideReason()).isEqualTo("White-coat pattern; 148/92 at home this morning");
	}

	@Test
	void theDoseIsWorkedOutFromTodaysWeightAndASecondPersonMustCheckIt() {
		long patient = team.readyForInfusion("Wes", "Weight");
		long session = as(team.nurse, () -> sessions.open(patient, null));
		run(team.nurse, () -> sessions.checklist(session, version(session), checklist("86.4", "124", "78")));

		var prepared = view(session);
		assertThat(prepared.doseMg()).isEqualByComparingTo("43.2");
		assertThat(prepared.drugMl()).isEqualByComparingTo("4.32");
		assertThat(prepared.rateMlPerHour()).isEqualByComparingTo("156.5");
		assertThat(prepared.startBlocks()).containsExactly("A second person must check the dose.");
		assertThatThrownBy(() -> run(team.nurse, () -> sessions.checkDose(session, version(session), team.nurse.id(),
				team.code(team.nurse)))).hasMessageContaining("another person");
	}

	@Test
	void twoHighReadingsFiveMinutesApartRaiseAnAlertThatMustBeAcknowledgedBeforeDischarge() {
		// A system clock has nanoseconds; the database keeps microseconds (rounding 789 ns up): readings exactly
		// 5 min apart must stay 5 min apart once the first one is read back.
		clock.set(MONDAY_9.plusNanos(123_456_789));
		long session = running(team.readyForInfusion("Al", "Alert"));

		clock.advance(Duration.ofMinutes(10));
		var first = as(team.nurse, () -> monitoring.recordVitals(session, vitals("184", "104", "88", "97")));
		clock.advance(Duration.ofMinutes(5));
		var second = as(team.nurse, () -> monitoring.recordVitals(session, vitals("186", "108", "90", "97")));

		assertThat(first).isEmpty();
		assertThat(second).extracting(VitalAlert::kind).containsExactly(AlertKind.HYPERTENSION_SUSTAINED);
		var alert = view(session).openAlerts().get(0);
		assertThat(view(session).events()).anySatisfy(e -> {
			assertThat(e.kind()).isEqualTo(EventKind.ADVERSE_EVENT);
			assertThat(e.detail()).isEqualTo(alert.message());
		});

		run(team.nurse, () -> monitoring.acknowledge(session, alert.id(), "SLOWED", "Rate halved, prescriber told"));
		assertThat(view(session).openAlerts()).isEmpty();
		assertThat(view(session).alerts().get(0).action()).isEqualTo(AlertAction.SLOWED);
	}

	@Test
	void thePatientGoesHomeOnlyAfterTheMinimumObservationWithVitalsNearBaseline() {
		long session = running(team.readyForInfusion("Obi", "Observed"));
		clock.advance(Duration.ofMinutes(40));
		run(team.nurse, () -> control.complete(session, version(session)));
		clock.advance(Duration.ofMinutes(15));
		as(team.nurse, () -> monitoring.recordVitals(session, vitals("128", "80", "76", "98")));
		run(team.nurse, () -> discharging.scoreDissociation(session, version(session), cadss(1, 2, 0, 1, 2, 0)));

		assertThatThrownBy(() -> discharge(session))
			.hasMessageContaining("The minimum observation time (2 h from the start) has not passed: 66 min to go.");

		clock.advance(Duration.ofMinutes(66));
		discharge(session);
		assertThat(view(session).status()).isEqualTo(SessionStatus.DISCHARGED);
		assertThat(view(session).cadssTotal()).isEqualTo(6);
	}

	@Test
	void aSignedRecordNeverChangesAndACorrectionIsAnAuditedAddendum() {
		long session = discharged(team.readyForInfusion("Sig", "Locked"));

		run(team.nurse, () -> discharging.sign(session, version(session), team.code(team.nurse)));

		assertThat(view(session).status()).isEqualTo(SessionStatus.SIGNED);
		assertThatThrownBy(() -> as(team.nurse, () -> monitoring.recordVitals(session, vitals("120", "80", "70", "99"))))
			.hasMessageContaining("signed and locked");
		assertThatThrownBy(() -> jdbc.sql("update infusion_session set dose_mg = 1 where id = ?").param(session)
			.update()).hasMessageContaining("A signed infusion record cannot be changed");
		assertThatThrownBy(() -> jdbc.sql("delete from infusion_vital where session_id = ?").param(session).update())
			.hasMessageContaining("A signed infusion record cannot be changed");

		run(team.nurse, () -> discharging.addendum(session, "Late entry", "Patient reported mild nausea at 10:20, "
				+ "settled without treatment."));

		var record = view(session);
		assertThat(record.addenda()).singleElement().satisfies(a -> {
			assertThat(a.by()).isEqualTo("Nina Nurse");
			assertThat(a.reason()).isEqualTo("Late entry");
		});
		assertThat(record.doseMg()).isEqualByComparingTo("40.0");
		assertThat(jdbc.sql("""
				select count(*) from audit_event where subject_type = 'patient' and action = 'UPDATE'
				    and data_category = ?""").param("infusion-session:" + session).query(Integer.class).single())
			.isPositive();
	}

	@Test
	void aStoppedInfusionLogsWhatWasGivenAndWastesTheRestBeforeAWitness() {
		long patient = team.readyForInfusion("Stu", "Stopped");
		long vial = team.vial();
		long session = prepared(patient, "124", "78");
		run(team.secondNurse, () -> sessions.checkDose(session, version(session), team.secondNurse.id(),
				team.code(team.secondNurse)));
		run(team.nurse, () -> sessions.start(session, version(session), Long.toString(vial)));
		clock.advance(Duration.ofMinutes(12));

		assertThatThrownBy(() -> run(team.nurse, () -> control.stop(session, version(session), "Severe nausea",
				"12", null, null, null))).hasMessageContaining("witnesses the waste of the 28 mg not given");
		run(team.nurse, () -> control.stop(session, version(session), "Severe nausea", "12",
				team.secondNurse.id(), team.code(team.secondNurse), "Into the drug disposal bag"));

		assertThat(view(session).administeredMg()).isEqualByComparingTo("12");
		assertThat(jdbc.sql("select balance_mg from substance_movement where vial_id = ? order by seq desc limit 1")
			.param(vial).query(BigDecimal.class).single()).isEqualByComparingTo("160");
		assertThat(jdbc.sql("""
				select count(*) from substance_draw_use u join substance_draw d on d.id = u.draw_id
				where d.session_reference = ? and u.kind = 'WASTED' and u.witness_id = ?""")
			.params("infusion-session:" + session, team.secondNurse.id()).query(Integer.class).single()).isOne();
	}

	private long prepared(long patient, String systolic, String diastolic) {
		long session = as(team.nurse, () -> sessions.open(patient, null));
		run(team.nurse, () -> sessions.checklist(session, version(session), checklist("80", systolic, diastolic)));
		return session;
	}

	private long running(long patient) {
		long vial = team.vial();
		long session = prepared(patient, "124", "78");
		run(team.secondNurse, () -> sessions.checkDose(session, version(session), team.secondNurse.id(),
				team.code(team.secondNurse)));
		run(team.nurse, () -> sessions.start(session, version(session), Long.toString(vial)));
		return session;
	}

	private long discharged(long patient) {
		long session = running(patient);
		clock.advance(Duration.ofMinutes(40));
		run(team.nurse, () -> control.complete(session, version(session)));
		clock.advance(Duration.ofMinutes(80));
		as(team.nurse, () -> monitoring.recordVitals(session, vitals("126", "80", "74", "98")));
		run(team.nurse, () -> discharging.scoreDissociation(session, version(session), cadss(0, 1, 0, 0, 1, 0)));
		discharge(session);
		return session;
	}

	private void start(long session) {
		long vial = team.vial();
		run(team.secondNurse, () -> sessions.checkDose(session, version(session), team.secondNurse.id(),
				team.code(team.secondNurse)));
		run(team.nurse, () -> sessions.start(session, version(session), Long.toString(vial)));
	}

	private void discharge(long session) {
		run(team.nurse, () -> discharging.discharge(session, version(session), new DischargeEntry("true", "true",
				"true")));
	}

	private InfusionSessionView view(long session) {
		return as(team.nurse, () -> sessions.view(session));
	}

	private int version(long session) {
		return jdbc.sql("select version from infusion_session where id = ?").param(session).query(Integer.class)
			.single();
	}

	private static ChecklistEntry checklist(String weight, String systolic, String diastolic) {
		return new ChecklistEntry("true", "true", "Robin Example", "(206) 555-0199", "NOT_REQUIRED", weight, systolic,
				diastolic, "72", "98", "14");
	}

	private static VitalsEntry vitals(String systolic, String diastolic, String heartRate, String spo2) {
		return new VitalsEntry(systolic, diastolic, heartRate, spo2, null);
	}

	private static Map<String, String> cadss(int... scores) {
		Map<String, String> items = new HashMap<>();
		for (int i = 0; i < scores.length; i++) {
			items.put(CadssItem.values()[i].name(), Integer.toString(scores[i]));
		}
		return items;
	}
}
