package org.ketamineclinic.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketamineclinic.staff.StaffFixtures.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A nurse or prescriber rates the MADRS after talking with the patient: it is stored under their name beside the
 * patient's own questionnaires, and a suicidal-thoughts rating of 4 or more raises a safety alert at once.
 */
@ClinicIntegrationTest
class MadrsRatingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	StaffFixtures.Staffer nurse;

	StaffFixtures.Staffer therapist;

	long patient;

	@BeforeEach
	void aPatientAndTheirNurse() {
		clock.set(QuestionnaireByLinkTest.LATE_MONDAY);
		var staff = new StaffFixtures(context);
		var coordinator = staff.create("Casey Coordinator", StaffRole.INTAKE);
		nurse = staff.create("Nina Nurse", StaffRole.NURSE);
		therapist = staff.create("Theo Therapist", StaffRole.THERAPIST);
		patient = new PatientFixtures(context).chart("Mads", "Rated", "seattle", SexAtBirth.MALE, "80", coordinator);
	}

	@AfterEach
	void noAlertLeftOpenForOtherTests() {
		jdbc.sql("""
				update safety_alert set acknowledged_by = 0, acknowledged_at = now(), action_note = 'test over'
				where acknowledged_at is null and patient_id = ?""").param(patient).update();
	}

	@Test
	void theNursesRatingIsStoredUnderTheirNameAndShownInTheHistory() throws Exception {
		var sent = mvc.perform(rating(List.of(3, 3, 2, 2, 2, 2, 2, 2, 2, 2)).with(csrf()).with(signedIn(nurse)))
			.andReturn().getResponse();

		assertThat(sent.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("""
				select count(*) from assessment_response
				where patient_id = ? and instrument = 'MADRS' and source = 'CLINICIAN' and rated_by = ? and total = 22""")
			.params(patient, nurse.id()).query(Integer.class).single()).isOne();
		assertThat(jdbc.sql("select count(*) from safety_alert where patient_id = ?").param(patient)
			.query(Integer.class).single()).isZero();
		String history = mvc.perform(get("/staff/assessment/patients/" + patient).with(signedIn(nurse))).andReturn()
			.getResponse().getContentAsString();
		assertThat(history).contains("MADRS (clinician-rated) latest <strong>22</strong> (moderate)",
				"22 (moderate)");
	}

	@Test
	void aSuicidalThoughtsRatingOfFourRaisesASafetyAlert() throws Exception {
		mvc.perform(rating(List.of(4, 4, 3, 3, 2, 3, 3, 3, 4, 4)).with(csrf()).with(signedIn(nurse))).andReturn();

		assertThat(jdbc.sql("select reasons from safety_alert where patient_id = ?").param(patient)
			.query(String.class).single()).contains("MADRS", "item 10 (suicidal thoughts) rated 4 of 6");
	}

	@Test
	void aRatingWithAnItemLeftOutComesBackWithEverythingChosenStillChosenAndNothingStored() throws Exception {
		var request = post("/staff/assessment/patients/" + patient + "/madrs");
		for (int i = 1; i <= 9; i++) {
			request = request.param("madrs_" + i, "1");
		}

		var refused = mvc.perform(request.with(csrf()).with(signedIn(nurse))).andReturn().getResponse();

		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("Nothing was saved", "href=\"#madrs-madrs_10\"",
				"Answer: Suicidal thoughts", "name=\"madrs_3\" value=\"1\" checked");
		assertThat(jdbc.sql("select count(*) from assessment_response where patient_id = ?").param(patient)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aTherapistSeesTheHistoryButDoesNotRateTheMadrs() throws Exception {
		assertThat(mvc.perform(get("/staff/assessment/patients/" + patient).with(signedIn(therapist))).andReturn()
			.getResponse().getContentAsString()).doesNotContain("Record the MADRS");
		assertThat(mvc.perform(rating(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).with(csrf()).with(signedIn(therapist)))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	private MockHttpServletRequestBuilder rating(List<Integer> items) {
		var request = post("/staff/assessment/patients/" + patient + "/madrs");
		for (int i = 0; i < items.size(); i++) {
			request = request.param("madrs_" + (i + 1), Integer.toString(items.get(i)));
		}
		return request;
	}
}
