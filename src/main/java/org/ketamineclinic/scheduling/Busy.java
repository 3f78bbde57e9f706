package org.ketamineclinic.scheduling;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What is taken, per resource, in a period: loaded with one query, then asked thousands of times while slots are
 * searched (a series plan looks at every start of eight weeks). A resource's holds never overlap (the database's
 * exclusion constraint), so they are kept sorted by start and only the last one starting before a time can collide.
 */
final class Busy {

	private final Map<String, TreeMap<Instant, Instant>> taken = new HashMap<>();

	void add(String resource, Instant from, Instant to) {
		taken.computeIfAbsent(resource, r -> new TreeMap<>()).merge(from, to, (a, b) -> a.isAfter(b) ? a : b);
	}

	boolean isFree(String resource, Instant from, Instant to) {
		TreeMap<Instant, Instant> holds = taken.get(resource);
		if (holds == null) {
			return true;
		}
		Map.Entry<Instant, Instant> before = holds.lowerEntry(to);
		return before == null || !before.getValue().isAfter(from);
	}
}
