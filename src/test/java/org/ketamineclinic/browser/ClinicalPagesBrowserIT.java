package org.ketamineclinic.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.assessment.QuestionnaireLinks;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.ketamineclinic.treatment.ConsentManagement;
import org.ketamineclinic.treatment.ScreeningManagement;
import org.ketamineclinic.treatment.TreatmentFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The clinical screens pass the axe-core rules for WCAG 2.2 A and AA on a tablet (768 × 1024), including forms
 * showing their errors: the patient list and chart, opening a chart, treatment, screening, the order with its worked
 * dose, consent on the tablet and from the patient's link, the controlled-substance log, psychotherapy, safety
 * alerts, and the questionnaire a patient answers on their phone (390 × 844).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClinicIntegrationTest.Support.class)
class ClinicalPagesBrowserIT extends ChromiumTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext application;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PatientManagement patients;

	@Autowired
	ScreeningManagement screenings;

	@Autowired
	ConsentManagement consent;

	@Autowired
	QuestionnaireLinks questionnaires;

	@AfterEach
	void backToNow() {
		clock.set(Instant.now());
	}

	@Test
	void everyClinicalScreenMeetsWcag22AaOnATablet() {
		var team = new TreatmentFixtures(application);
		var clinician = new StaffFixtures(application).create("Dana Clinician", StaffRole.NURSE, StaffRole.PRESCRIBER,
				StaffRole.INTAKE, StaffRole.MANAGER);
		long patient = team.chartedPatient("Axel", "Access");
		long screening = TreatmentFixtures.as(team.nurse,
				() -> screenings.record(patient, TreatmentFixtures.clearScreening()));
		long request = patients.summary(patient).consultationRequest();
		long unopened = new org.ketamineclinic.patient.PatientFixtures(application).request("Uma", "Unopened",
				"seattle");
		TreatmentFixtures.as(team.nurse, () -> consent.sendLink(patient));
		String body = jdbc.sql("select body from outbound_message where message_key like 'consent-link:%' "
				+ "and recipient = ? order by id desc limit 1").param("axel@example.org").query(String.class).single();
		var link = Pattern.compile("/consent/[A-Za-z0-9_-]+").matcher(body);
		assertThat(link.find()).isTrue();

		TreatmentFixtures.run(team.nurse, () -> questionnaires.send(patient, QuestionnaireLinks.BEFORE_INFUSION));
		String sms = jdbc.sql("select body from outbound_message where message_key like 'questionnaire:%:sms' "
				+ "and recipient = ? order by id desc limit 1").param(patients.summary(patient).demographics().phone())
			.query(String.class).single();
		var questionnaire = Pattern.compile("/q/[A-Za-z0-9_-]+").matcher(sms);
		assertThat(questionnaire.find()).isTrue();

		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = phone.newPage();
			accessible(page, questionnaire.group());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
			page.waitForSelector(".error-summary");
			accessible(page);
		}

		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(768, 1024))) {
			context.route(url -> !url.startsWith(base()), route -> route.abort());
			Page page = context.newPage();
			page.navigate(base() + "/staff/patients");
			signIn(page, clinician, clock.instant());
			accessible(page, "/staff/patients");
			accessible(page, "/staff/patients/" + patient);
			accessible(page, "/staff/patients/new?request=" + unopened);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the chart")).click();
			page.waitForSelector(".error-summary");
			accessible(page);
			accessible(page, "/staff/treatment/patients/" + patient);
			accessible(page, "/staff/treatment/patients/" + patient + "/screening");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the screening")).click();
			page.waitForSelector(".error-summary");
			accessible(page);
			accessible(page, "/staff/treatment/screenings/" + screening);
			accessible(page, "/staff/treatment/patients/" + patient + "/orders/new");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Work out the dose")).click();
			page.waitForSelector("#calculation-heading");
			accessible(page);
			accessible(page, "/staff/treatment/patients/" + patient + "/consent/tablet");
			accessible(page, "/staff/controlled-substances");
			accessible(page, "/staff/controlled-substances/receive");
			accessible(page, "/staff/psychotherapy/patients/" + patient);
			accessible(page, "/staff/schedule/people/" + request);
			accessible(page, link.group());
			accessible(page, "/staff/safety");
			accessible(page, "/staff/assessment/patients/" + patient);
			accessible(page, "/staff/assessment/patients/" + patient + "/tablet");
			someOutcomes();
			accessible(page, "/staff/outcomes");
		}
	}

	/** Three synthetic courses, so the dashboard draws its tables and charts rather than its empty state. */
	private void someOutcomes() {
		int[][] scores = { { 18, 7, 5 }, { 14, 12, 13 }, { 22, 4, 3 } };
		for (int i = 0; i < scores.length; i++) {
			jdbc.sql("""
					insert into outcome_course (patient_id, synthetic, order_id, location, program, mg_per_kg,
					    planned_infusions, infusions_given, first_infusion_at, last_infusion_at, baseline_score,
					    end_score, follow_up_score, response_day, last_measured_day)
					values (?, true, ?, 'seattle', 'Ketamine infusion series for depression', 0.5, 6, 6,
					    now() - interval '90 days', now() - interval '79 days', ?, ?, ?, ?, 45)
					on conflict (patient_id) do nothing""")
				.params(-900_001 - i, -900_001 - i, scores[i][0], scores[i][1], scores[i][2], scores[i][1] * 2 <= scores[i][0] ? 18 : null)
				.update();
		}
	}

	private void accessible(Page page, String path) {
		page.navigate(base() + path);
		accessible(page);
	}

	private static void accessible(Page page) {
		assertThat(AxeChecks.violations(page)).as(page.url()).isEmpty();
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
