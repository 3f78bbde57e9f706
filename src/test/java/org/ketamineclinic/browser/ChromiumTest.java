package org.ketamineclinic.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** One Chromium (see {@link Browsers}) for all tests of a class, closed after the last one. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ChromiumTest {

	Playwright playwright;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		Browsers.chromium();
		playwright = Browsers.playwright();
		browser = Browsers.launch(playwright);
	}

	@AfterAll
	void stopBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}
}
