package org.ketamineclinic.treatment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which readings make an abnormal value sustained at the newest reading ({@link TreatmentProperties.Sustained}): the
 * newest reading is abnormal, and so is every reading before it back to one taken at least the configured time
 * earlier, with at least the configured number of readings in all. A normal value in between starts the count again;
 * a reading that did not measure the value neither breaks nor extends the run.
 */
final class SustainedReadings {

	private SustainedReadings() {
	}

	/**
	 * The fewest of the latest abnormal readings, oldest first, that meet both the count and the time; empty when the
	 * value is not sustained.
	 *
	 * @param readings every reading so far, oldest first
	 * @param rule     how many readings, how far apart
	 * @param measured whether a reading measured the value
	 * @param abnormal whether a measured value is out of range
	 */
	static List<VitalSigns> find(List<VitalSigns> readings, TreatmentProperties.Sustained rule,
			Predicate<VitalSigns> measured, Predicate<VitalSigns> abnormal) {
		VitalSigns newest = readings.get(readings.size() - 1);
		if (!measured.test(newest) || !abnormal.test(newest)) {
			return List.of();
		}
		List<VitalSigns> run = new ArrayList<>();
		for (int i = readings.size() - 1; i >= 0; i--) {
			VitalSigns reading = readings.get(i);
			if (!measured.test(reading)) {
				continue;
			}
			if (!abnormal.test(reading)) {
				break;
			}
			run.add(0, reading);
		}
		Instant latestFirst = newest.takenAt().minus(rule.apart());
		if (run.size() < rule.readings() || run.get(0).takenAt().isAfter(latestFirst)) {
			return List.of();
		}
		int first = run.size() - rule.readings();
		while (run.get(first).takenAt().isAfter(latestFirst)) {
			first--;
		}
		return List.copyOf(run.subList(first, run.size()));
	}
}
