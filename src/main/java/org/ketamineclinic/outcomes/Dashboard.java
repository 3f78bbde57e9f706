package org.ketamineclinic.outcomes;

import java.time.Instant;
import java.util.List;

/**
 * The clinic's outcomes as the managers' dashboard shows them; every figure with its n and the definition beside it.
 *
 * @param withoutBaseline started a series without a baseline score before it: no rate can count them
 * @param synthetic       how many of the patients are synthetic demonstration data
 * @param firstStart      the first series' start, or null when nobody started
 * @param breakdowns      the same figures by clinic, program, dose and baseline severity
 * @param change          how much the score changed by the end of the series, for those measured then
 */
public record Dashboard(Definition definition, Instant asOf, GroupOutcome overall, int withoutBaseline, int synthetic,
		Instant firstStart, Instant lastStart, List<Breakdown> breakdowns, KaplanMeier timeToResponse,
		List<Bin> change) {

	public record Breakdown(String title, List<GroupOutcome> groups) {
	}

	/** A bar of the distribution: how many patients' scores changed by this much. */
	public record Bin(String label, int patients) {
	}

	public int changeMeasured() {
		return change.stream().mapToInt(Bin::patients).sum();
	}
}
