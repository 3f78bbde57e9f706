package org.ketamineclinic.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.treatment.InfusionSessions;
import org.ketamineclinic.treatment.TreatmentFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * A nurse runs a whole monitored infusion on a tablet (768 × 1024) in a real Chromium: the checklist, the dose with
 * its formula and a colleague's check, the start from a vial, vitals every few minutes with one alert acknowledged,
 * completion, observation, dissociation score, discharge and the signature; the signed record prints as a PDF. Each
 * stage of the screen passes the WCAG 2.2 AA rules.
 * <p>
 * The clock moves in steps of at most ten minutes with the screen in use, as at a real chair: a longer silence would
 * sign the nurse out (automatic logoff after 15 minutes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClinicIntegrationTest.Support.class)
class InfusionSessionBrowserIT extends ChromiumTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext application;

	@Autowired
	TestClock clock;

	@Autowired
	InfusionSessions sessions;

	/**
	 * The browser tests share one application and its clock: the hours this test spends at the chair must not make
	 * the links and sessions of the next test look expired.
	 */
	@AfterEach
	void backToNow() {
		clock.set(Instant.now());
	}

	@Test
	void aNurseRunsAWholeInfusionOnATablet() {
		var team = new TreatmentFixtures(application);
		long patient = team.readyForInfusion("Tess", "Tablet");
		long vial = team.vial();
		long session = TreatmentFixtures.as(team.nurse, () -> sessions.open(patient, null));
		List<String> consoleErrors = new CopyOnWriteArrayList<>();

		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(768, 1024))) {
			context.route(url -> !url.startsWith(base()), route -> route.abort());
			Page page = context.newPage();
			page.onPageError(consoleErrors::add);
			page.onConsoleMessage(message -> {
				if ("error".equals(message.type())) {
					consoleErrors.add(message.text());
				}
			});
			page.navigate(base() + "/staff/treatment/sessions/" + session);
			signIn(page, team.nurse, clock.instant());
			assertThat(page.locator("h1")).containsText("Tess Tablet");
			assertThat(page.getByText("Before the infusion can start")).isVisible();
			accessible(page);

			// The checklist: today's weight and the baseline vitals; the dose follows from the weight.
			page.getByLabel("Identity checked: name and date of birth").check();
			page.getByLabel("Fasting: nothing to eat for 6 h, clear liquids until 2 h before").check();
			page.getByLabel("Escort taking the patient home").fill("Robin Example");
			page.getByLabel("Escort's phone").fill("(206) 555-0199");
			page.getByLabel("Pregnancy test").selectOption("NOT_REQUIRED");
			page.getByLabel("Today's weight (kg)").fill("80");
			page.getByLabel("Systolic").fill("124");
			page.getByLabel("Diastolic").fill("78");
			page.getByLabel("Heart rate").fill("72");
			page.getByLabel("SpO2 %").fill("98");
			page.getByLabel("Resp. rate").fill("14");
			submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the checklist")));
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Checklist recorded");
			assertThat(page.locator("#dose-heading")).hasText("2. Dose: 40 mg at 156 mL/h");
			assertThat(page.getByText("0.5 mg/kg × 80 kg = 40 mg")).isVisible();
			accessible(page);

			// A colleague checks the dose on the same tablet, with their own authenticator code.
			page.getByLabel("Second check by").selectOption(String.valueOf(team.secondNurse.id()));
			page.getByLabel("Their authenticator code").fill(team.code(team.secondNurse));
			submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the check")));
			assertThat(page.getByText("Checked by Sol Second.")).isVisible();

			page.getByLabel("Vial the dose is drawn from").selectOption(String.valueOf(vial));
			submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the infusion")));
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Infusion started");
			assertThat(page.locator(".session__status")).containsText("Infusion running");

			// Vitals: two high readings five minutes apart raise an alert, acknowledged with what was done.
			later(page, Duration.ofMinutes(10));
			vitals(page, "184", "104", "88", "97");
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Vitals recorded.");
			later(page, Duration.ofMinutes(5));
			vitals(page, "186", "108", "90", "97");
			assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Blood pressure 184/104 and 186/108");
			assertThat(page.locator("svg.vitals-chart")).isVisible();
			accessible(page);
			page.locator(".session__alerts select").selectOption("SLOWED");
			page.locator(".session__alerts input[name=note]").fill("Rate halved; prescriber informed");
			submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge")));
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Alert acknowledged.");
			assertThat(page.locator(".session__alerts")).hasCount(0);

			later(page, Duration.ofMinutes(10));
			vitals(page, "150", "92", "80", "98");
			later(page, Duration.ofMinutes(10));
			submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Infusion complete")));
			assertThat(page.locator(".session__status")).containsText("observing until discharge");

			// Observation: vitals every 15 minutes (here every 10) until two hours from the start.
			for (int i = 0; i < 9; i++) {
				later(page, Duration.ofMinutes(10));
			}
			vitals(page, "128", "80", "74", "98");
			String[] scores = { "1", "2", "0", "1", "1", "0" };
			var items = page.locator("#cadss-heading + form input[type=number]");
			for (int i = 0; i < scores.length; i++) {
				items.nth(i).fill(scores[i]);
			}
			submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the scores")));
			assertThat(page.locator("#cadss-heading")).containsText("5 of 24");
			accessible(page);

			page.getByLabel("Alert and oriented").check();
			page.getByLabel("Escort present: Robin Example").check();
			page.getByLabel("The patient acknowledged: no driving until tomorrow").check();
			submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Discharge")));
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Discharged.");

			page.getByLabel("Your authenticator code").fill(team.code(team.nurse));
			submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign the record")));
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Signed. The record is locked");
			assertThat(page.locator(".session__status")).containsText("Signed and locked");
			accessible(page);

			var pdf = page.request().get(base() + "/staff/treatment/sessions/" + session + "/record.pdf");
			assertThat(pdf.status()).isEqualTo(200);
			assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
			assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		}
		assertThat(consoleErrors).isEmpty();
	}

	/**
	 * Submits a form and waits for the page it leads to: a reload while the answer is still on its way would find no
	 * page to reload.
	 */
	private static void submit(Page page, com.microsoft.playwright.Locator button) {
		page.waitForNavigation(button::click);
	}

	/** Time passes at the chair; the nurse's screen stays in use (a reload), as it would. */
	private void later(Page page, Duration duration) {
		clock.advance(duration);
		page.reload();
	}

	private static void vitals(Page page, String systolic, String diastolic, String heartRate, String spo2) {
		var form = page.locator("#vitals-entry-heading + form");
		form.getByLabel("Systolic").fill(systolic);
		form.getByLabel("Diastolic").fill(diastolic);
		form.getByLabel("Heart rate").fill(heartRate);
		form.getByLabel("SpO2 %").fill(spo2);
		submit(page, form.getByRole(AriaRole.BUTTON,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Record vitals")));
	}

	private static void accessible(Page page) {
		assertThat(AxeChecks.violations(page)).as(page.url()).isEmpty();
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
