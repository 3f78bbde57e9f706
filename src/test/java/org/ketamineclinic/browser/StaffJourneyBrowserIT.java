package org.ketamineclinic.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.staff.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first administrator sets up the workspace from the link the app wrote at start, enrols an authenticator app,
 * and later signs in with a password and a code, mistypes a code, and uses a recovery code: in a real Chromium, with
 * every screen checked against WCAG 2.2 AA.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClinicIntegrationTest.Support.class)
class StaffJourneyBrowserIT extends ChromiumTest {

	private static final String PASSWORD = "quiet river under an old stone bridge";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Value("${clinic.data-dir}")
	Path dataDir;

	BrowserContext context;

	Page page;

	final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	@BeforeEach
	void openPage() {
		consoleErrors.clear();
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		page = context.newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text());
			}
		});
		page.onPageError(consoleErrors::add);
		context.route(url -> !url.startsWith(base()), route -> route.abort());
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	@Test
	void theFirstAdministratorSetsUpTheWorkspaceAndSignsInWithPasswordCodeAndRecoveryCode() throws Exception {
		Path linkFile = dataDir.resolve("first-administrator-setup-link.txt");
		assertThat(Files.getPosixFilePermissions(linkFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		String link = Files.readString(linkFile).strip().replaceFirst("^https?://[^/]+", base());

		page.navigate(link);
		assertThat(page.locator("h1")).hasText("Create the first administrator");
		accessible();
		String secret = page.locator("[data-totp-secret]").textContent().replace(" ", "");
		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR code for your authenticator app")))
			.isVisible();
		page.getByLabel("Your name, as colleagues should see it").fill("Ada Admin");
		page.getByLabel("Your work e-mail address").fill("ada.admin@example.org");
		page.getByLabel("New password").fill(PASSWORD);
		page.getByLabel("The same password again").fill(PASSWORD);
		page.getByLabel("The 6-digit code the app shows now").fill(StaffFixtures.code(secret, clock.instant()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish setting up")).click();

		assertThat(page.locator("h1")).hasText("Your recovery codes");
		assertThat(page.locator("[data-recovery-codes] li")).hasCount(10);
		String recoveryCode = page.locator("[data-recovery-codes] li").first().textContent().strip();
		accessible();
		assertThat(Files.exists(linkFile)).as("the spent link's file is gone").isFalse();
		signOut();

		// Later: password, a mistyped code, then the right one (from the next 30-second step: each code works once).
		clock.advance(Duration.ofSeconds(30));
		signInWithPassword();
		accessible();
		page.getByLabel("6-digit code").fill("000000");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("That code did not work");
		page.getByLabel("6-digit code").fill(StaffFixtures.code(secret, clock.instant()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.locator("h1")).hasText("Hello, Ada Admin");
		accessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail")).first().click();
		assertThat(page.locator("table")).containsText("MFA_ENROLLED");
		assertThat(page.locator("table")).containsText("code_refused");
		accessible();

		// Site content: the editor previews Markdown as the site will show it, while typing.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Site content")).first().click();
		accessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Can someone come with me, and do I need a driver?").setExact(true)).click();
		accessible();
		page.getByLabel("Text (Markdown)").fill("## A new heading\n\nWith **bold** words.");
		assertThat(page.locator("#preview-body h2")).hasText("A new heading");
		assertThat(page.locator("#preview-body strong")).hasText("bold");
		signOut();

		// The phone is lost: a recovery code instead.
		signInWithPassword();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I don't have my phone: use a recovery code"))
			.click();
		page.getByLabel("Recovery code").fill(recoveryCode);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.locator("h1")).hasText("Hello, Ada Admin");
		page.navigate(base() + "/staff/account");
		assertThat(page.locator(".facts")).containsText("9 of 10");
		assertThat(consoleErrors).isEmpty();
	}

	private void signInWithPassword() {
		page.navigate(base() + "/staff");
		assertThat(page.locator("h1")).hasText("Sign in to the staff workspace");
		page.getByLabel("Work e-mail address").fill("ada.admin@example.org");
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
		assertThat(page.locator("h1")).hasText("Enter the code from your authenticator app");
	}

	private void signOut() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("You are signed out.");
	}

	private void accessible() {
		assertThat(AxeChecks.violations(page)).as(page.url()).isEmpty();
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
