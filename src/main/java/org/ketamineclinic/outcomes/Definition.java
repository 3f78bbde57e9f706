package org.ketamineclinic.outcomes;

import java.time.Duration;

import org.ketamineclinic.assessment.AssessmentProperties;
import org.ketamineclinic.assessment.InstrumentCode;

/**
 * What the figures mean, as configured: printed beside every rate, and kept with the derived data so that a change of
 * definition works them all out again.
 *
 * @param thresholds response and remission, as the assessment module defines them for the trend chart too
 */
public record Definition(InstrumentCode instrument, AssessmentProperties.Outcome thresholds,
		Duration baselineWithin, Duration endOfSeries, Duration followUp, Duration window) {

	/** Response is a score at least this fraction below the baseline. */
	public double responseReduction() {
		return thresholds.responseReduction();
	}

	/** Remission is a score below this. */
	public int remissionBelow() {
		return thresholds.remissionPhq9Below();
	}

	/** The share of the baseline a response may keep, in ten-thousandths: the SQL's whole-number threshold. */
	int keptPerTenThousand() {
		return thresholds.keptPerTenThousand();
	}

	static Definition of(OutcomesProperties outcomes, AssessmentProperties assessment) {
		return new Definition(outcomes.instrument(), assessment.outcome(), outcomes.baselineWithin(),
				outcomes.endOfSeries(), outcomes.followUp(), outcomes.window());
	}

	/** Whether {@code score} is a response to {@code baseline}; null when either is missing or the baseline is 0. */
	public Boolean responds(Integer baseline, Integer score) {
		if (baseline == null || baseline <= 0 || score == null) {
			return null;
		}
		return score <= thresholds.responseAtOrBelow(baseline);
	}

	/** Whether {@code score} is in remission; null when not measured. */
	public Boolean remits(Integer score) {
		return score == null ? null : score < remissionBelow();
	}

	public String instrumentTitle() {
		return instrument.title();
	}

	public String response() {
		return instrument.title() + " total at least " + percent(responseReduction()) + " below the baseline";
	}

	public String remission() {
		return instrument.title() + " total below " + remissionBelow();
	}

	public String baseline() {
		return "the last " + instrument.title() + " in the " + days(baselineWithin) + " before the first infusion";
	}

	public String endOfSeriesPoint() {
		return "the " + instrument.title() + " nearest " + days(endOfSeries) + " after the first infusion, within "
				+ days(window) + " either side";
	}

	public String followUpPoint() {
		return "the " + instrument.title() + " nearest " + days(followUp) + " after the last infusion of the series, "
				+ "within " + days(window) + " either side";
	}

	/** The whole definition in one line, for the footnotes and the exports. */
	public String text() {
		return "Response: " + response() + "; remission: " + remission() + ". Baseline: " + baseline()
				+ ". End of series: " + endOfSeriesPoint() + ". Follow-up: " + followUpPoint() + ".";
	}

	static String percent(double fraction) {
		return Math.round(fraction * 100) + "%";
	}

	static String days(Duration duration) {
		long days = duration.toDays();
		return days == 1 ? "1 day" : days + " days";
	}
}
