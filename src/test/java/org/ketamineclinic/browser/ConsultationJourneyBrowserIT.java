package org.ketamineclinic.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person on the depression page asks for a consultation, using the keyboard only, in a real Chromium: they make a
 * mistake, are told about it (visibly and to assistive technology), correct it, and get a reference code that the
 * clinic has stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClinicIntegrationTest.Support.class)
class ConsultationJourneyBrowserIT extends ChromiumTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	BrowserContext context;

	Page page;

	final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	final List<String> requests = new CopyOnWriteArrayList<>();

	@BeforeEach
	void openPage() {
		consoleErrors.clear();
		requests.clear();
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
		page = context.newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text());
			}
		});
		page.onPageError(consoleErrors::add);
		page.onRequest(request -> requests.add(request.url()));
		// Nothing may leave this machine: a request elsewhere is recorded above and never sent.
		context.route(url -> !url.startsWith(base()), route -> route.abort());
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	@Test
	void aPersonRequestsAConsultationFromTheDepressionPageByKeyboard() {
		page.navigate(base() + "/conditions/depression");
		assertThat(page.locator("h1")).hasText("Ketamine for depression");
		assertThat(page.locator(".crisis-banner")).containsText("988");

		// The skip link comes first, then the header's call to action.
		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("Skip to main content");
		tabUntil("a.site-header__cta, .site-header__cta a");
		page.keyboard().press("Enter");
		page.waitForURL(base() + "/consultation");

		tabUntil("#firstName");
		page.keyboard().type("Sydney");
		page.keyboard().press("Tab");
		page.keyboard().type("G");
		page.keyboard().press("Tab");
		page.keyboard().type("555-12");
		page.keyboard().press("Tab");
		page.keyboard().type("sydney.browser@example.org");
		for (String group : List.of("location", "program", "contactMethod", "bestTime")) {
			page.keyboard().press("Tab");
			assertThat(page.locator(":focus")).hasAttribute("name", group);
			page.keyboard().press("Space");
		}
		tabUntil("button[type=submit]");
		page.keyboard().press("Enter");
		page.waitForLoadState();

		// The error summary has focus and is announced; the field says what is wrong with it.
		var summary = page.locator("#error-summary");
		assertThat(summary).isFocused();
		assertThat(summary).hasAttribute("role", "alert");
		assertThat(summary).containsText("Enter a valid US phone number");
		assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
		var phone = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Mobile phone"));
		assertThat(phone).hasAttribute("aria-invalid", "true");
		assertThat(phone).hasAccessibleDescription(java.util.regex.Pattern.compile("Enter a valid US phone number"));
		assertThat(phone).hasValue("555-12");
		assertThat(page.locator("#firstName")).hasValue("Sydney");

		// Following the summary's link takes the person to the field.
		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasAttribute("href", "#phone");
		page.keyboard().press("Enter");
		assertThat(phone).isFocused();
		page.keyboard().press("ControlOrMeta+A");
		page.keyboard().type("(206) 555-0142");
		clock.advance(Duration.ofSeconds(30));
		tabUntil("button[type=submit]");
		page.keyboard().press("Enter");
		page.waitForURL(base() + "/consultation/thanks");

		assertThat(page.locator("h1")).containsText("Thank you");
		String code = page.locator("[data-reference-code]").textContent().strip();
		assertThat(code).matches("KC-\\w{4}-\\w{4}");
		var stored = jdbc.sql("select status, needs_review from consultation_request where reference_code = ?")
			.param(code)
			.query()
			.singleRow();
		assertThat(stored).containsEntry("status", "NEW").containsEntry("needs_review", false);
		assertThat(page.locator(".crisis-banner")).containsText("988");
		assertThat(page.url()).doesNotContain(code).doesNotContain("sydney");

		assertThat(consoleErrors).isEmpty();
		assertThat(requests).allSatisfy(url -> assertThat(url).startsWith(base()));
	}

	@Test
	void everyKeyPageFitsA320PixelScreenWithoutSidewaysScrolling() {
		page.setViewportSize(320, 640);
		for (String path : List.of("/", "/conditions/depression", "/consultation", "/locations", "/faq",
				"/articles/ketamine-for-depression")) {
			page.navigate(base() + path);
			Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
			Object widest = page.evaluate("() => [...document.querySelectorAll('body *')]"
					+ ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
					+ ".slice(0, 3).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 40))");
			assertThat(((Number) overflow).intValue()).as(path + " overflows at " + widest).isLessThanOrEqualTo(0);
		}
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void anUnknownAddressShowsTheFriendlyPageNotAStackTrace() {
		var response = page.navigate(base() + "/conditions/no-such-condition");
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("h1")).hasText("We can't find that page");
		assertThat(page.content()).doesNotContain("Exception").doesNotContain("Whitelabel");
	}

	private void tabUntil(String selector) {
		for (int i = 0; i < 60; i++) {
			if ((Boolean) page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector)) {
				return;
			}
			page.keyboard().press("Tab");
		}
		throw new AssertionError("Keyboard focus never reached " + selector);
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
