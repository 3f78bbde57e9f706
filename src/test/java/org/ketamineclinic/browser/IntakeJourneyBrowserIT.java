package org.ketamineclinic.browser;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.AuditEntry;
import org.ketamineclinic.audit.AuditTrail;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "We will reach out right away", in a real Chromium: a care coordinator has the inbox open when a person sends the
 * public form; the request appears without a reload, and the coordinator works it to a scheduled consultation. Every
 * staff screen on the way passes the WCAG 2.2 AA rules, and every step is in the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClinicIntegrationTest.Support.class)
class IntakeJourneyBrowserIT extends ChromiumTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext application;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Test
	void aNewRequestAppearsInTheOpenInboxAndIsWorkedToAScheduledConsultation() {
		var cora = new StaffFixtures(application).create("Cora Coordinator", StaffRole.INTAKE);
		List<String> consoleErrors = new CopyOnWriteArrayList<>();
		try (BrowserContext staffSide = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
				BrowserContext publicSide = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page desk = staffSide.newPage();
			desk.onPageError(consoleErrors::add);
			desk.navigate(base() + "/staff/consultations");
			signIn(desk, cora, clock.instant());
			assertThat(desk.locator("h1")).hasText("Consultation requests");
			accessible(desk);

			String reference = requestAConsultation(publicSide.newPage());

			Locator row = desk.locator("#inbox-rows tr", new Page.LocatorOptions().setHasText("Jordan Rivera"));
			assertThat(row).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
			assertThat(row).containsText(reference);
			assertThat(row).containsText("Nobody yet");
			row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Jordan Rivera")).click();

			assertThat(desk.locator("h1")).containsText("Jordan Rivera");
			assertThat(desk.locator("main")).containsText("Consent to text messages");
			accessible(desk);
			desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim for me")).click();
			assertThat(desk.getByRole(AriaRole.STATUS)).containsText("Assigned to you.");
			desk.getByLabel("How", new Page.GetByLabelOptions().setExact(true)).selectOption("PHONE");
			desk.getByLabel("Outcome").selectOption("REACHED");
			desk.getByLabel("Note (optional)").fill("Booked for Tuesday at 10");
			desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record attempt")).click();
			assertThat(desk.locator("main")).containsText("Contacted");
			desk.getByLabel("New status").selectOption("CONSULT_SCHEDULED");
			desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change status")).click();

			assertThat(desk.locator("main > p").nth(1)).containsText("Consultation scheduled");
			assertThat(desk.locator(".timeline")).containsText("Status changed from contacted to consultation scheduled");
			accessible(desk);
			assertThat(consoleErrors).isEmpty();

			long id = jdbc.sql("select id from consultation_request where reference_code = ?").param(reference)
				.query(Long.class).single();
			assertThat(audit.historyOf("consultation-request", Long.toString(id)))
				.filteredOn(entry -> entry.actor().equals(Long.toString(cora.id())))
				.extracting(AuditEntry::action)
				.contains(AuditAction.VIEW, AuditAction.UPDATE)
				.filteredOn(action -> action == AuditAction.UPDATE)
				.hasSize(3);
		}
	}

	private String requestAConsultation(Page page) {
		page.navigate(base() + "/consultation");
		page.getByLabel("First name").fill("Jordan");
		page.getByLabel("Last name").fill("Rivera");
		page.getByLabel("Mobile phone").fill("(206) 555-0142");
		page.locator("#email").fill("jordan.rivera@example.org");
		page.getByLabel("Bellevue").check();
		page.getByLabel("IV ketamine infusions").check();
		page.getByLabel("Phone call").check();
		page.getByLabel("Morning (8 AM – noon)").check();
		page.locator("input[name=smsConsent]").check();
		// A person takes more than the spam screen's few seconds to fill in the form.
		clock.advance(Duration.ofSeconds(30));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request my free consultation")).click();
		page.waitForURL(base() + "/consultation/thanks");
		return page.locator("[data-reference-code]").textContent().strip();
	}

	private static void accessible(Page page) {
		assertThat(AxeChecks.violations(page)).as(page.url()).isEmpty();
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
