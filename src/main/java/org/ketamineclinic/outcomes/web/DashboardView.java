package org.ketamineclinic.outcomes.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ketamineclinic.outcomes.Dashboard;

/** The dashboard as its page shows it: the figures and their charts, times in the clinics' zone. */
public record DashboardView(Dashboard dashboard, RateBars byClinic, SurvivalCurve timeToResponse, ZoneId zone) {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.US);

	/** "March 2025 to November 2026", or null when nobody started. */
	public String period() {
		return dashboard.firstStart() == null ? null
				: month(dashboard.firstStart()) + " to " + month(dashboard.lastStart());
	}

	/** When the figures were worked out: "November 29, 2026, 8:46 AM" in the clinics' time. */
	public String asOf() {
		return DateTimeFormatter.ofPattern("MMMM d, uuuu, h:mm a", Locale.US).withZone(zone).format(dashboard.asOf());
	}

	public int maxBin() {
		return Math.max(1, dashboard.change().stream().mapToInt(Dashboard.Bin::patients).max().orElse(1));
	}

	/** The width in pixels of a distribution bar out of 300. */
	public int binWidth(int patients) {
		return patients * 300 / maxBin();
	}

	private String month(Instant instant) {
		return MONTH.withZone(zone).format(instant);
	}
}
