package org.ketamineclinic.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ketamineclinic.staff.StaffFixtures.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.patient.PatientFixtures;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.patient.SexAtBirth;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A patient answers from the link we texted them; a worrying answer reaches the on-call clinician within seconds,
 * whatever the hour, and again until someone acknowledges it.
 */
@ClinicIntegrationTest
class QuestionnaireByLinkTest {

	/** Monday, December 7, 2026, 11:30 PM in Seattle: inside quiet hours, which must not delay a safety alert. */
	static final Instant LATE_MONDAY = Instant.parse("2026-12-08T07:30:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PatientManagement patients;

	@Autowired
	SafetyEscalation escalation;

	StaffFixtures.Staffer nurse;

	long patient;

	String link;

	@BeforeEach
	void aPatientWithALink() throws Exception {
		clock.set(LATE_MONDAY);
		var staff = new StaffFixtures(context);
		var coordinator = staff.create("Casey Coordinator", StaffRole.INTAKE);
		nurse = staff.create("Nina Nurse", StaffRole.NURSE);
		patient = new PatientFixtures(context).chart("Quin", "Questions", "seattle", SexAtBirth.FEMALE, "64",
				coordinator);
		link = newLink();
	}

	/** Sends the questionnaires as the nurse would, and follows the link in the text the patient got. */
	private String newLink() throws Exception {
		mvc.perform(post("/staff/assessment/patients/" + patient + "/send").with(csrf()).with(signedIn(nurse)))
			.andReturn();
		String sms = jdbc.sql("select body from outbound_message where message_key like 'questionnaire:%:sms' "
				+ "and recipient = ? order by id desc limit 1")
			.param(patients.summary(patient).demographics().phone())
			.query(String.class)
			.single();
		var found = Pattern.compile("/q/[A-Za-z0-9_-]+").matcher(sms);
		assertThat(found.find()).isTrue();
		assertThat(sms).doesNotContain("Quin", "Questions");
		return found.group();
	}

	@AfterEach
	void noAlertLeftOpenForOtherTests() {
		jdbc.sql("""
				update safety_alert set acknowledged_by = 0, acknowledged_at = now(), action_note = 'test over'
				where acknowledged_at is null and patient_id = ?""").param(patient).update();
	}

	@Test
	void thePatientAnswersOnTheirPhoneAndTheScoresAreStored() throws Exception {
		String page = mvc.perform(get(link)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Little interest or pleasure in doing things").doesNotContain("Quin");

		var sent = mvc.perform(answers(1, 0, "no").with(csrf())).andReturn().getResponse();

		assertThat(sent.getContentAsString()).contains("Your answers reached your care team");
		assertThat(jdbc.sql("select total from assessment_response where patient_id = ? and instrument = 'PHQ9'")
			.param(patient).query(Integer.class).single()).isEqualTo(8);
		assertThat(jdbc.sql("select count(*) from safety_alert where patient_id = ?").param(patient)
			.query(Integer.class).single()).isZero();
		var again = mvc.perform(answers(1, 0, "no").with(csrf())).andReturn().getResponse();
		assertThat(again.getStatus()).isEqualTo(422);
	}

	@Test
	void halvingTheBaselinePhq9IsAResponseOnThePatientsTrend() throws Exception {
		mvc.perform(answers(2, 0, "no").with(csrf())).andReturn();
		clock.advance(Duration.ofDays(7));
		link = newLink();
		mvc.perform(answers(1, 0, "no").with(csrf())).andReturn();

		String trend = mvc.perform(get("/staff/assessment/patients/" + patient).with(signedIn(nurse))).andReturn()
			.getResponse().getContentAsString();

		assertThat(trend).contains("PHQ-9 baseline <strong>16</strong>", "a response is 8 or less",
				"Responding now.", "16 (moderately severe)", "8 (mild)");
	}

	@Test
	void anUnansweredQuestionIsAskedAgainWithTheOtherAnswersKeptAndNothingStored() throws Exception {
		var response = mvc.perform(post(link).param("phq9_1", "2").with(csrf())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("Some questions are not answered yet",
				"name=\"phq9_1\" value=\"2\" checked");
		assertThat(jdbc.sql("select count(*) from assessment_response where patient_id = ?").param(patient)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void thoughtsOfSelfHarmShowCrisisResourcesAndReachTheOnCallClinicianWithinSecondsAtNight() throws Exception {
		var sent = mvc.perform(answers(1, 1, "no").with(csrf())).andReturn().getResponse();

		assertThat(sent.getContentAsString()).contains("Call or text <a href=\"tel:988\">988</a>");
		long alert = jdbc.sql("select id from safety_alert where patient_id = ?").param(patient).query(Long.class)
			.single();
		await().atMost(Duration.ofSeconds(5)).until(() -> urgentTextsFor(alert) == 1);
		assertThat(jdbc.sql("""
				select count(*) from outbound_message
				where message_key = ? and purpose = 'URGENT' and next_attempt_at <= ?""")
			.params("safety-alert:" + alert + ":1:+12065550911", java.sql.Timestamp.from(clock.instant()))
			.query(Integer.class).single()).as("sent at once, not held for the morning").isOne();
		String screen = mvc.perform(get("/staff").with(signedIn(nurse))).andReturn().getResponse()
			.getContentAsString();
		assertThat(screen).contains("1 safety alert needs a clinician now");

		clock.advance(Duration.ofMinutes(16));
		escalation.escalateOverdue();
		assertThat(urgentTextsFor(alert)).as("re-escalated after 15 min").isEqualTo(2);

		mvc.perform(post("/staff/safety/" + alert + "/acknowledge").param("note", "Called her; safety plan agreed")
			.with(csrf()).with(signedIn(nurse))).andReturn();
		clock.advance(Duration.ofMinutes(16));
		escalation.escalateOverdue();
		assertThat(urgentTextsFor(alert)).as("no more once acknowledged").isEqualTo(2);
		assertThat(mvc.perform(get("/staff").with(signedIn(nurse))).andReturn().getResponse().getContentAsString())
			.doesNotContain("safety alert needs a clinician");
	}

	@Test
	void aModerateSuicideRiskOnTheScreenerAlsoRaisesAnAlert() throws Exception {
		mvc.perform(answers(0, 0, "yes").param("cssrs_3", "1").param("cssrs_4", "0").param("cssrs_5", "0")
			.with(csrf())).andReturn();

		assertThat(jdbc.sql("select reasons from safety_alert where patient_id = ?").param(patient)
			.query(String.class).single()).contains("moderate risk");
	}

	@Test
	void aWorryingAnswerIsEscalatedEvenWithOtherQuestionsLeftBlank() throws Exception {
		var sent = mvc.perform(post(link).param("phq9_9", "2").with(csrf())).andReturn().getResponse();

		assertThat(sent.getContentAsString()).contains("Call or text <a href=\"tel:988\">988</a>");
		assertThat(jdbc.sql("select count(*) from safety_alert where patient_id = ?").param(patient)
			.query(Integer.class).single()).isOne();
	}

	@Test
	void theQuestionnairesGoOutTheDayBeforeEachBookedInfusionOnce() {
		long request = patients.summary(patient).consultationRequest();
		long booked = appointment(request, "BOOKED", Duration.ofHours(20));
		long cancelled = appointment(request, "CANCELLED", Duration.ofHours(21));
		try {
			context.getBean(QuestionnairesBeforeInfusions.class).sendDue();
			context.getBean(QuestionnairesBeforeInfusions.class).sendDue();

			assertThat(jdbc.sql("select count(*) from assessment_link where appointment_id = ?").param(booked)
				.query(Integer.class).single()).isOne();
			assertThat(jdbc.sql("select count(*) from assessment_link where appointment_id = ?").param(cancelled)
				.query(Integer.class).single()).isZero();
		}
		finally {
			jdbc.sql("delete from appointment where id in (?, ?)").params(booked, cancelled).update();
		}
	}

	/** An infusion at Seattle starting {@code in} from now, as scheduling stores it (no chair held: a record only). */
	private long appointment(long request, String status, Duration in) {
		java.sql.Timestamp start = java.sql.Timestamp.from(clock.instant().plus(in));
		java.sql.Timestamp end = java.sql.Timestamp.from(clock.instant().plus(in).plus(Duration.ofHours(2)));
		java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
		return jdbc.sql("""
				insert into appointment (type, location_slug, zone, starts_at, ends_at, mode, status,
				    consultation_request, booked_at, status_changed_at)
				values ('INFUSION', 'seattle', 'America/Los_Angeles', ?, ?, 'IN_PERSON', ?, ?, ?, ?) returning id""")
			.params(start, end, status, request, now, now)
			.query(Long.class)
			.single();
	}

	@Test
	void thePatientCanAnswerInClinicOnTheNursesTabletWithTheSameSafetyNet() throws Exception {
		var request = post("/staff/assessment/patients/" + patient + "/tablet");
		for (int i = 1; i <= 9; i++) {
			request = request.param("phq9_" + i, i == 9 ? "1" : "0");
		}
		for (int i = 1; i <= 7; i++) {
			request = request.param("gad7_" + i, "0");
		}
		request = request.param("cssrs_1", "0").param("cssrs_2", "0").param("cssrs_6", "0");

		String page = mvc.perform(request.with(csrf()).with(signedIn(nurse))).andReturn().getResponse()
			.getContentAsString();

		assertThat(page).contains("Please tell your nurse now", "988");
		assertThat(jdbc.sql("select count(*) from assessment_response where patient_id = ? and source = 'TABLET'")
			.param(patient).query(Integer.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from safety_alert where patient_id = ?").param(patient)
			.query(Integer.class).single()).isOne();
	}

	@Test
	void anExpiredLinkSaysSoKindly() throws Exception {
		clock.advance(Duration.ofHours(73));

		assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString())
			.contains("This link has expired");
		assertThat(mvc.perform(get("/q/not-a-real-token")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private int urgentTextsFor(long alert) {
		return jdbc.sql("select count(*) from outbound_message where message_key like ? and channel = 'SMS'")
			.param("safety-alert:" + alert + ":%").query(Integer.class).single();
	}

	/** PHQ-9 with every item at {@code each} and item 9 at {@code item9}; GAD-7 all 1; C-SSRS Q1 no, Q2 as given. */
	private MockHttpServletRequestBuilder answers(int each, int item9, String thoughts) {
		var request = post(link);
		for (int i = 1; i <= 8; i++) {
			request = request.param("phq9_" + i, Integer.toString(each));
		}
		request = request.param("phq9_9", Integer.toString(item9));
		for (int i = 1; i <= 7; i++) {
			request = request.param("gad7_" + i, "1");
		}
		request = request.param("cssrs_1", "yes".equals(thoughts) ? "1" : "0")
			.param("cssrs_2", "yes".equals(thoughts) ? "1" : "0")
			.param("cssrs_6", "0");
		return request;
	}
}
