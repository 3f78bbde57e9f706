package org.ketamineclinic.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.ketamineclinic.ClinicIntegrationTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Every key page passes the axe-core rules for WCAG 2.2 A and AA in a real Chromium, on a phone-sized and a
 * desktop-sized screen, including the form showing its errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClinicIntegrationTest.Support.class)
class AccessibilityBrowserIT extends ChromiumTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/conditions/depression", "/programs", "/programs/iv-infusion-series",
			"/what-to-expect", "/faq", "/articles", "/articles/good-candidate-for-ketamine", "/locations",
			"/locations/bellevue", "/consultation", "/privacy", "/sms-terms", "/no-such-page" })
	void aPageMeetsWcag22AaOnAPhone(String path) {
		assertThat(violations(path, 390, 844)).as(path).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/conditions/depression", "/consultation" })
	void theKeyPagesMeetWcag22AaOnADesktop(String path) {
		assertThat(violations(path, 1280, 900)).as(path).isEmpty();
	}

	@Test
	void theFormShowingItsErrorsMeetsWcag22Aa() {
		try (var context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + port + "/consultation");
			page.locator("#phone").fill("12");
			page.locator("button[type=submit]").click();
			page.waitForSelector("#error-summary");
			assertThat(violations(page)).isEmpty();
		}
	}

	private List<String> violations(String path, int width, int height) {
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + port + path);
			return violations(page);
		}
	}

	private static List<String> violations(Page page) {
		return AxeChecks.violations(page);
	}
}
