package org.ketamineclinic.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Starts the machine's Chromium (Debian's package) under Playwright. No browser is downloaded: a missing Chromium
 * skips the browser tests, unless {@code CLINIC_BROWSER_TESTS=required} (as in CI), where it fails them.
 */
final class Browsers {

	private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-quic");

	private Browsers() {
	}

	static Path chromium() {
		String configured = System.getenv().getOrDefault("CLINIC_CHROMIUM", "/usr/bin/chromium");
		Path path = Path.of(configured);
		if (!Files.isExecutable(path)) {
			String message = "No Chromium at " + path + " (install Debian's chromium package, or set CLINIC_CHROMIUM)";
			if (required()) {
				Assertions.fail(message + "; CLINIC_BROWSER_TESTS=required");
			}
			Assumptions.abort(message + ": browser tests skipped");
		}
		return path;
	}

	static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium()).setHeadless(true).setArgs(FLAGS));
	}

	static Playwright playwright() {
		return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	private static boolean required() {
		String setting = System.getProperty("clinic.browser-tests", System.getenv("CLINIC_BROWSER_TESTS"));
		return "required".equalsIgnoreCase(setting);
	}
}
