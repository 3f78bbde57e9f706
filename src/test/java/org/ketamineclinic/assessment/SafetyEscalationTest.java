package org.ketamineclinic.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ketamineclinic.staff.StaffFixtures.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.patient.PatientFixtures;
import org.ketamineclinic.patient.SexAtBirth;
import org.ketamineclinic.scheduling.Roster;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffMember;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A safety alert is a task for the prescriber on duty at the patient's clinic, and goes down the on-call list one
 * person at a time: the first within seconds whatever the hour, the next after each 15 minutes nobody acknowledged
 * it, and every escalation is in the audit trail.
 */
@ClinicIntegrationTest
class SafetyEscalationTest {

	/** Sunday, January 10, 2027, 4:30 AM in Seattle: deep in quiet hours. */
	static final Instant EARLY_SUNDAY = Instant.parse("2027-01-10T12:30:00Z");

	static final String FIRST_PHONE = "+12065550911";

	static final String SECOND_PHONE = "+12065550912";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Roster roster;

	@Autowired
	SafetyEscalation escalation;

	StaffFixtures.Staffer nurse;

	StaffFixtures.Staffer rostered;

	Long shift;

	long patient;

	@BeforeEach
	void aPatientAndAPrescriberOnTheEarlyShift() {
		clock.set(EARLY_SUNDAY);
		var staff = new StaffFixtures(context);
		var coordinator = staff.create("Casey Coordinator", StaffRole.INTAKE);
		nurse = staff.create("Nina Nurse", StaffRole.NURSE);
		rostered = staff.create("Rosa Rostered", StaffRole.PRESCRIBER);
		patient = new PatientFixtures(context).chart("Sasha", "Safety", "seattle", SexAtBirth.FEMALE, "64",
				coordinator);
	}

	@AfterEach
	void noShiftOrAlertLeftForOtherTests() {
		if (shift != null) {
			roster.remove(shift);
		}
		jdbc.sql("""
				update safety_alert set acknowledged_by = 0, acknowledged_at = now(), action_note = 'test over'
				where acknowledged_at is null and patient_id = ?""").param(patient).update();
	}

	@Test
	void theAlertIsATaskForThePrescriberRosteredAtThePatientsClinicNow() throws Exception {
		shift = roster.add(rostered.id(), StaffRole.PRESCRIBER, "seattle", DayOfWeek.SUNDAY, LocalTime.of(4, 0),
				LocalTime.of(6, 0));

		long alert = raise();

		assertThat(jdbc.sql("select assigned_to from safety_alert where id = ?").param(alert).query(Long.class)
			.single()).isEqualTo(rostered.id());
		assertThat(mvc.perform(get("/staff/safety").with(signedIn(rostered))).andReturn().getResponse()
			.getContentAsString()).contains("Assigned to <strong>Rosa Rostered</strong>");
		assertThat(mvc.perform(get("/staff").with(signedIn(rostered))).andReturn().getResponse()
			.getContentAsString()).contains("1 assigned to you");
		await().atMost(Duration.ofSeconds(5)).until(() -> messages("safety-alert:" + alert + ":task:%") == 1);
	}

	@Test
	void withNobodyRosteredTheAlertIsStillSomePrescribersTask() throws Exception {
		long alert = raise();

		Long assigned = jdbc.sql("select assigned_to from safety_alert where id = ?").param(alert).query(Long.class)
			.single();
		assertThat(context.getBean(StaffManagement.class).activeWith(StaffRole.PRESCRIBER)).extracting(
				StaffMember::id).contains(assigned);
	}

	@Test
	void theFirstOnCallHearsWithinSecondsAtNightAndTheNextAfterFifteenMinutesUnacknowledged() throws Exception {
		long alert = raise();

		await().atMost(Duration.ofSeconds(5)).until(() -> texts(alert, FIRST_PHONE) == 1);
		assertThat(jdbc.sql("""
				select count(*) from outbound_message
				where message_key = ? and purpose = 'URGENT' and next_attempt_at <= ?""")
			.params("safety-alert:" + alert + ":1:" + FIRST_PHONE, Timestamp.from(clock.instant()))
			.query(Integer.class).single()).as("sent at once, not held for the morning").isOne();
		assertThat(messages("safety-alert:" + alert + ":1:first.on.call@example.test")).isOne();
		assertThat(texts(alert, SECOND_PHONE)).as("only the first person at first").isZero();

		clock.advance(Duration.ofMinutes(14));
		escalation.escalateOverdue();
		assertThat(texts(alert, SECOND_PHONE)).as("not before the timeout").isZero();

		clock.advance(Duration.ofMinutes(2));
		escalation.escalateOverdue();
		assertThat(texts(alert, SECOND_PHONE)).as("the next person after 15 min").isOne();
		assertThat(messages("safety-alert:" + alert + ":2:second.on.call@example.test")).isOne();
		assertThat(texts(alert, FIRST_PHONE)).isOne();

		clock.advance(Duration.ofMinutes(16));
		escalation.escalateOverdue();
		assertThat(texts(alert, FIRST_PHONE)).as("after the last person, the first again").isEqualTo(2);
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				where subject_type = 'patient' and subject_id = ? and data_category like ?""")
			.params(Long.toString(patient), "safety-alert:" + alert + ":escalation-%")
			.query(Integer.class).single()).as("every escalation audited").isEqualTo(3);
	}

	/** The patient tells the tablet of thoughts of self-harm on "more than half the days". */
	private long raise() throws Exception {
		mvc.perform(post("/staff/assessment/patients/" + patient + "/tablet").param("phq9_9", "2").with(csrf())
			.with(signedIn(nurse))).andReturn();
		return jdbc.sql("select id from safety_alert where patient_id = ?").param(patient).query(Long.class).single();
	}

	private int texts(long alert, String phone) {
		return jdbc.sql("select count(*) from outbound_message where message_key like ? and recipient = ? "
				+ "and channel = 'SMS'")
			.params("safety-alert:" + alert + ":%", phone).query(Integer.class).single();
	}

	private int messages(String keyPattern) {
		return jdbc.sql("select count(*) from outbound_message where message_key like ?").param(keyPattern)
			.query(Integer.class).single();
	}
}
