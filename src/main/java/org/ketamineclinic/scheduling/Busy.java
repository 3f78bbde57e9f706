package org.ketamineclinic.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What is taken, per resource, in a period: loaded with one query, then asked many times while slots are searched.
 * Holds can be added as a search goes (a series must not use the same chair twice at once).
 */
final class Busy {

	private final Map<String, List<Instant[]>> taken = new HashMap<>();

	void add(String resource, Instant from, Instant to) {
		taken.computeIfAbsent(resource, r -> new ArrayList<>()).add(new Instant[] { from, to });
	}

	boolean isFree(String resource, Instant from, Instant to) {
		List<Instant[]> intervals = taken.get(resource);
		if (intervals == null) {
			return true;
		}
		for (Instant[] interval : intervals) {
			if (interval[0].isBefore(to) && from.isBefore(interval[1])) {
				return false;
			}
		}
		return true;
	}
}
