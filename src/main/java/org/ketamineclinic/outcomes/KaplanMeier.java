package org.ketamineclinic.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * Time to response as a Kaplan–Meier estimate: the share not yet responded, day by day, where a patient last measured
 * before responding leaves the risk set on that day (censored) instead of counting as never responding.
 *
 * @param steps  one per day on which someone responded or was censored
 * @param median the first day on which half or more had responded, or null when fewer ever did
 */
public record KaplanMeier(List<Step> steps, Integer median, int patients) {

	/**
	 * @param notYetResponded the estimated share still without a response after this day
	 */
	public record Step(int day, int atRisk, int responded, int censored, double notYetResponded) {

		public String percentResponded() {
			return Rate.whole(1 - notYetResponded);
		}
	}

	/** @param days per day: how many responded that day, and how many were last measured that day without it */
	static KaplanMeier of(SortedMap<Integer, int[]> days) {
		int atRisk = days.values().stream().mapToInt(d -> d[0] + d[1]).sum();
		int patients = atRisk;
		double survival = 1;
		Integer median = null;
		List<Step> steps = new ArrayList<>();
		for (var day : days.entrySet()) {
			int responded = day.getValue()[0];
			int censored = day.getValue()[1];
			if (atRisk > 0) {
				survival *= 1 - (double) responded / atRisk;
			}
			steps.add(new Step(day.getKey(), atRisk, responded, censored, survival));
			if (median == null && survival <= 0.5) {
				median = day.getKey();
			}
			atRisk -= responded + censored;
		}
		return new KaplanMeier(List.copyOf(steps), median, patients);
	}
}
