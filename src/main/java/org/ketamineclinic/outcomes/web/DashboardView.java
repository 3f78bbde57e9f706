package org.ketamineclinic.outcomes.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ketamineclinic.outcomes.Dashboard;

/** The dashboard as its page shows it: the figures and their charts. */
public record DashboardView(Dashboard dashboard, RateBars byClinic, SurvivalCurve timeToResponse) {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US)
		.withZone(ZoneId.of("America/Los_Angeles"));

	/** "March 2025 to November 2026", or null when nobody started. */
	public String period() {
		return dashboard.firstStart() == null ? null
				: month(dashboard.firstStart()) + " to " + month(dashboard.lastStart());
	}

	public int maxBin() {
		return Math.max(1, dashboard.change().stream().mapToInt(Dashboard.Bin::patients).max().orElse(1));
	}

	/** The width in pixels of a distribution bar out of 300. */
	public int binWidth(int patients) {
		return patients * 300 / maxBin();
	}

	private static String month(Instant instant) {
		return MONTH.format(instant);
	}
}
