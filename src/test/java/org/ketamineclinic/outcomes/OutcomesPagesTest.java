package org.ketamineclinic.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketamineclinic.staff.StaffFixtures.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The managers' dashboard and exports, and the public page's figure, over HTTP. */
@ClinicIntegrationTest
class OutcomesPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Courses courses;

	@Autowired
	Definition definition;

	@Autowired
	PublicClaims claims;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	StaffFixtures.Staffer manager;

	StaffFixtures.Staffer nurse;

	OutcomeFixtures patients;

	@BeforeEach
	void aClinicWithOutcomes() {
		clock.set(Instant.parse("2026-06-01T17:00:00Z"));
		var staff = new StaffFixtures(context);
		manager = staff.create("Morgan Manager", StaffRole.MANAGER);
		nurse = staff.create("Nora Nurse", StaffRole.NURSE);
		patients = new OutcomeFixtures(courses, definition, jdbc, clock.instant());
	}

	@AfterEach
	void noClaimLeftBehind() {
		jdbc.sql("delete from outcome_course").update();
		claims.refresh();
	}

	@Test
	void managersSeeRatesWithTheirNIntervalAndDefinition() throws Exception {
		patients.startedDaysAgo(100).phq9(-1, 20).infusions(0, 2, 4, 7, 9, 11).phq9(18, 8);
		patients.startedDaysAgo(100).phq9(-1, 16).infusions(0, 2);

		String page = mvc.perform(get("/staff/outcomes").with(signedIn(manager)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("50%</strong> responded by the end of the series (1 of 2 who started; 95% CI 9–91%)")
			.contains("PHQ-9 total at least 50% below the baseline").contains("PHQ-9 total below 5")
			.contains("Wilson score interval").contains("By clinic").contains("By baseline severity")
			.contains("Kaplan–Meier").contains("<caption>");
	}

	@Test
	void theDashboardIsTheManagersNotTheNurses() throws Exception {
		mvc.perform(get("/staff/outcomes").with(signedIn(nurse))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/outcomes/courses.csv").with(signedIn(nurse))).andExpect(status().isForbidden());
	}

	@Test
	void theDeidentifiedExportHasNoRecordNumberAndNoDateButTheYear() throws Exception {
		patients.startedDaysAgo(100).phq9(-1, 20).infusions(0, 2, 4, 7, 9, 11).phq9(18, 8);

		var response = mvc.perform(get("/staff/outcomes/courses.csv").param("deidentified", "true")
			.with(signedIn(manager))).andExpect(status().isOk()).andReturn().getResponse();
		String csv = response.getContentAsString(StandardCharsets.UTF_8);

		assertThat(response.getHeader("Content-Disposition")).contains("attachment")
			.contains("outcomes-courses-deidentified.csv");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).isEqualTo(CourseExport.DEIDENTIFIED_HEADER);
		assertThat(lines).hasSize(2);
		assertThat(lines[1]).startsWith("1,2026,seattle,").contains(",20,8,").contains(",true,false,")
			.doesNotMatch(".*\\d{4}-\\d{2}-\\d{2}.*").doesNotContain(Long.toString(patients.lastId()));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'EXPORT' and subject_type = 'outcomes'")
			.query(Integer.class).single()).isPositive();
	}

	@Test
	void theIdentifiedExportCarriesTheDates() throws Exception {
		patients.startedDaysAgo(100).phq9(-1, 20).infusions(0, 2, 4, 7, 9, 11).phq9(18, 8);

		String csv = mvc.perform(get("/staff/outcomes/courses.csv").with(signedIn(manager)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(csv.split("\r\n")[0]).isEqualTo(CourseExport.IDENTIFIED_HEADER);
		assertThat(csv.split("\r\n")[1]).contains(",2026-02-21,2026-03-04,seattle,");
	}

	@Test
	void thePublicPagesShowTheMeasuredFigureOnlyFromTheConfiguredNumberOfPatients() throws Exception {
		for (int i = 0; i < 99; i++) {
			patients.startedDaysAgo(60).phq9(-1, 18).infusions(0).phq9(21, i % 2 == 0 ? 6 : 12);
		}
		claims.refresh();
		for (String path : new String[] { "/conditions/depression", "/" }) {
			assertThat(page(path)).as(path).contains("50–54%").contains("McInnes")
				.doesNotContain("Measured at our clinics");
		}

		patients.startedDaysAgo(60).phq9(-1, 18).infusions(0).phq9(21, 6);
		claims.refresh();
		for (String path : new String[] { "/conditions/depression", "/" }) {
			assertThat(page(path)).as(path).contains("51%")
				.contains("Measured at our clinics: 51 of 100 patients who started")
				.contains("95% confidence interval").doesNotContain("50–54%");
		}
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
