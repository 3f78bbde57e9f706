package org.ketamineclinic.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Automatic logoff, shortened to seconds: a staff member who steps away is warned, may stay signed in, and is signed
 * out when they do not come back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "clinic.staff.idle-timeout=PT20S", "clinic.staff.idle-warning=PT15S" })
@Import(ClinicIntegrationTest.Support.class)
class IdleTimeoutBrowserIT extends ChromiumTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext application;

	@Autowired
	TestClock clock;

	@Test
	void anUnattendedSessionWarnsOffersToStayAndThenSignsOut() {
		var nurse = new StaffFixtures(application).create("Ida Nurse", StaffRole.NURSE);
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + port + "/staff");
			signIn(page, nurse, clock.instant());
			assertThat(page.locator("h1")).hasText("Hello, Ida Nurse");

			var dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Are you still there?"));
			assertThat(dialog).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
				.setTimeout(15_000));
			assertThat(dialog).containsText("you will be signed out in");
			dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
				.setName("Stay signed in")).click();
			assertThat(dialog).isHidden();
			assertThat(page.locator("h1")).hasText("Hello, Ida Nurse");

			page.waitForURL("**/staff/sign-in?timeout", new Page.WaitForURLOptions().setTimeout(40_000));
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("signed out after a while without activity");
			page.navigate("http://localhost:" + port + "/staff");
			assertThat(page.locator("h1")).hasText("Sign in to the staff workspace");
		}
	}
}
