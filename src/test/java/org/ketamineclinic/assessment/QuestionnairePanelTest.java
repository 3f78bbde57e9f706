package org.ketamineclinic.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketamineclinic.staff.StaffFixtures.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.patient.PatientFixtures;
import org.ketamineclinic.patient.SexAtBirth;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The chart shows clinicians today's questionnaires and the trend; a care coordinator sees neither. */
@ClinicIntegrationTest
class QuestionnairePanelTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	QuestionnaireAnswers answers;

	@Autowired
	TestClock clock;

	StaffFixtures.Staffer nurse;

	StaffFixtures.Staffer coordinator;

	long patient;

	@BeforeEach
	void aPatientWhoAnsweredThisMorning() {
		clock.set(Instant.parse("2026-04-14T15:00:00Z"));
		var staff = new StaffFixtures(context);
		nurse = staff.create("Paula Panel", StaffRole.NURSE);
		coordinator = staff.create("Cody Coordinator", StaffRole.INTAKE);
		patient = new PatientFixtures(context).chart("Penny", "Panel", "seattle", SexAtBirth.FEMALE, "64", coordinator);
		Map<String, String> form = TabletForms.beforeInfusion(2, 2, 2, 2, 2, 2, 1, 1, 1);
		PatientFixtures.as(nurse, () -> answers.submitOnTablet(patient, form));
	}

	@Test
	void theNurseSeesTodaysAnswersWithTheSafetyConcernOnTheChart() throws Exception {
		clock.advance(Duration.ofHours(2));
		String chart = page("/staff/patients/" + patient, nurse);
		assertThat(chart).contains("id=\"questionnaires-panel\"").contains("Answered in the last day")
			.contains("<strong>15</strong> (moderately severe)").contains("safety concern")
			.contains("PHQ-9 baseline <strong>15</strong>");
	}

	@Test
	void yesterdaysAnswersAreNotTodays() throws Exception {
		clock.advance(Duration.ofHours(25));
		assertThat(page("/staff/patients/" + patient, nurse)).contains("No questionnaire answered in the last day");
	}

	@Test
	void aCareCoordinatorSeesNoQuestionnaireOnTheChart() throws Exception {
		assertThat(page("/staff/patients/" + patient, coordinator)).doesNotContain("questionnaires-panel")
			.doesNotContain("PHQ-9");
	}

	private String page(String path, StaffFixtures.Staffer who) throws Exception {
		return mvc.perform(get(path).with(signedIn(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
