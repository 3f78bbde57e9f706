package org.ketamineclinic.outcomes;

import java.time.Duration;

import org.ketamineclinic.assessment.InstrumentCode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How outcomes are measured ({@code clinic.outcomes.*}); what counts as response and remission is the assessment
 * module's ({@code clinic.assessment.outcome.*}), so the trend chart and the analytics never disagree.
 *
 * @param instrument     the questionnaire outcomes are measured with (PHQ-9)
 * @param baselineWithin the baseline is the last score at most this long before the first infusion (30 days)
 * @param endOfSeries    the end of the series, counted from the first infusion (21 days: three weeks)
 * @param followUp       the follow-up, counted from the series' last infusion (28 days: four weeks after it)
 * @param window         a time point's score is the one nearest it within this much either side (7 days)
 * @param publicClaim    when the public site may show the clinic's own figure
 * @param demo           the synthetic history a demonstration platform starts with
 */
@ConfigurationProperties("clinic.outcomes")
public record OutcomesProperties(@DefaultValue("PHQ9") InstrumentCode instrument,
		@DefaultValue("30d") Duration baselineWithin, @DefaultValue("21d") Duration endOfSeries,
		@DefaultValue("28d") Duration followUp, @DefaultValue("7d") Duration window,
		@DefaultValue PublicClaim publicClaim, @DefaultValue Demo demo) {

	public OutcomesProperties {
		if (instrument == InstrumentCode.CSSRS_SCREENER) {
			throw new IllegalArgumentException("clinic.outcomes.instrument must have a total score: "
					+ "the C-SSRS screener gives a risk level");
		}
		if (window.compareTo(endOfSeries) >= 0) {
			throw new IllegalArgumentException("clinic.outcomes.window must be shorter than the end of the series");
		}
	}

	/**
	 * @param minimumPatients the clinic's figure replaces the cited one from this many patients measured (100)
	 * @param population      whose figure: everyone who started (INTENTION_TO_TREAT) or those who completed
	 * @param refreshEvery    how often the figure is worked out again
	 */
	public record PublicClaim(@DefaultValue("100") int minimumPatients,
			@DefaultValue("INTENTION_TO_TREAT") Population population, @DefaultValue("10m") Duration refreshEvery) {
	}

	/**
	 * @param enabled  fill a fresh platform with a synthetic history (turn off in production)
	 * @param patients how many synthetic patients (about 2,000)
	 * @param over     spread over this long, up to today (two years)
	 * @param seed     the random seed, so every demonstration shows the same history
	 */
	public record Demo(@DefaultValue("true") boolean enabled, @DefaultValue("2000") int patients,
			@DefaultValue("730d") Duration over, @DefaultValue("20261129") long seed) {
	}
}
