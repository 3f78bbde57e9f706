package org.ketamineclinic.scheduling;

import java.util.ArrayList;
import java.util.List;

import org.ketamineclinic.location.TreatmentSpace;

/**
 * The names of what can be booked, as {@code resource_booking} stores them. A staff member has as many parallel
 * capacities as one nurse may monitor chairs ("staff:7:1", "staff:7:2"): monitoring takes one, any other work takes
 * all of them. The person themselves is a resource too, so nobody is booked twice at once.
 */
final class Resources {

	private Resources() {
	}

	static String space(TreatmentSpace space) {
		return space.kind().name().toLowerCase() + ":" + space.id();
	}

	static List<String> staffCapacities(long staffId, int capacity) {
		List<String> keys = new ArrayList<>(capacity);
		for (int i = 1; i <= capacity; i++) {
			keys.add("staff:" + staffId + ":" + i);
		}
		return keys;
	}

	static String person(long consultationRequest) {
		return "person:" + consultationRequest;
	}

	/** The staff account behind a capacity key, or -1. */
	static long staffOf(String resource) {
		if (!resource.startsWith("staff:")) {
			return -1;
		}
		return Long.parseLong(resource.substring(6, resource.indexOf(':', 6)));
	}

	/** The chair or room id behind a key, or -1. */
	static long spaceOf(String resource) {
		return resource.startsWith("chair:") || resource.startsWith("room:")
				? Long.parseLong(resource.substring(resource.indexOf(':') + 1)) : -1;
	}
}
