package org.ketamineclinic.browser;

import java.time.Instant;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.ketamineclinic.staff.StaffFixtures;

/** One Chromium (see {@link Browsers}) for all tests of a class, closed after the last one. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ChromiumTest {

	Playwright playwright;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		// CI runs on two cores, with the app, PostgreSQL and Chromium sharing them: give pages time to answer.
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
		Browsers.chromium();
		playwright = Browsers.playwright();
		browser = Browsers.launch(playwright);
	}

	/** Signs a staff member in on the sign-in page {@code page} shows now: password, then their app's code. */
	static void signIn(Page page, StaffFixtures.Staffer staffer, Instant now) {
		page.getByLabel("Work e-mail address").fill(staffer.email());
		page.getByLabel("Password").fill(StaffFixtures.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
		page.getByLabel("6-digit code").fill(StaffFixtures.code(staffer.secret(), now));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

	@AfterAll
	void stopBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}
}
