package org.ketamineclinic.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/** The axe-core rules for WCAG 2.2 A and AA, run on whatever a page shows now. */
final class AxeChecks {

	static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private AxeChecks() {
	}

	static List<String> violations(Page page) {
		// A click that navigates returns before the new page has loaded its stylesheet: check the page as people
		// see it, not half-built (an unstyled header fails the target-size rule).
		page.waitForLoadState();
		var results = new AxeBuilder(page).withTags(WCAG).analyze();
		// An empty list must mean "checked and fine", not "axe could not run".
		assertThat(results.getPasses()).as("rules axe checked").isNotEmpty();
		return results.getViolations().stream().map(AxeChecks::describe).collect(Collectors.toList());
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList();
	}
}
