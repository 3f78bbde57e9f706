package org.ketamineclinic.outcomes;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * What the public site may claim about response: the clinic's own measured rate once enough patients were measured
 * ({@code clinic.outcomes.public-claim.minimum-patients}), and nothing before, so the page falls back to its cited
 * figure. Worked out on a schedule, not per page view: the public pages are cached, and this tells them when the
 * figure changed.
 */
@Service
public class PublicClaims {

	private final OutcomeAnalytics analytics;

	private final OutcomesProperties.PublicClaim settings;

	private final AtomicReference<Optional<PublicClaim>> response = new AtomicReference<>(Optional.empty());

	PublicClaims(OutcomeAnalytics analytics, OutcomesProperties properties) {
		this.analytics = analytics;
		this.settings = properties.publicClaim();
	}

	/** Response after the first three weeks of treatment, when the data support a figure. */
	public Optional<PublicClaim> response() {
		return response.get();
	}

	/** Changes whenever the claim does, for the public page cache. */
	public String revision() {
		return Integer.toHexString(response.get().hashCode());
	}

	@Scheduled(initialDelay = 0, fixedDelayString = "${clinic.outcomes.public-claim.refresh-every:10m}")
	public void refresh() {
		response.set(claim(analytics.overall(), analytics.synthetic() > 0));
	}

	Optional<PublicClaim> claim(GroupOutcome overall, boolean synthetic) {
		Population population = settings.population();
		Rate rate = overall.endOfSeries().of(population).response();
		if (rate.n() < settings.minimumPatients()) {
			return Optional.empty();
		}
		Definition d = analytics.definition();
		String who = population == Population.COMPLETERS ? "patients who completed their infusion series"
				: "patients who started an infusion series";
		String label = "of " + who + " had at least a " + Definition.percent(d.responseReduction())
				+ " reduction in symptoms after their first " + weeks(d) + " of treatment";
		String footnote = "Measured at our clinics: " + String.format(Locale.US, "%,d", rate.count()) + " of "
				+ String.format(Locale.US, "%,d", rate.n()) + " " + who + " (95% confidence interval " + rate.interval() + "). "
				+ "Symptoms measured with the " + d.instrumentTitle() + "; a reduction means " + d.response() + " ("
				+ d.baseline() + "), using " + d.endOfSeriesPoint() + "."
				+ (population == Population.INTENTION_TO_TREAT ? " Patients not measured then count as not improved."
						: "")
				+ (synthetic ? " Demonstration data: these patients are synthetic." : "");
		return Optional.of(new PublicClaim(rate.percent(), label, footnote));
	}

	private static String weeks(Definition d) {
		long days = d.endOfSeries().toDays();
		return days % 7 == 0 ? (days == 7 ? "week" : words(days / 7) + " weeks") : days + " days";
	}

	private static String words(long n) {
		String[] small = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };
		return n < small.length ? small[(int) n] : Long.toString(n);
	}
}
