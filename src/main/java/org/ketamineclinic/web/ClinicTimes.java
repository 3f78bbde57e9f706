package org.ketamineclinic.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as the staff screens and printed records show them, in the clinic's zone: "Dec 7, 2026, 9:05 AM" and
 * "9:05 AM"; "–" for a time that has not happened.
 */
public final class ClinicTimes {

	private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("MMM d, uuuu, h:mm a", Locale.US);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

	private ClinicTimes() {
	}

	public static String of(Instant at, ZoneId zone) {
		return at == null ? "–" : FULL.format(at.atZone(zone));
	}

	public static String time(Instant at, ZoneId zone) {
		return at == null ? "–" : TIME.format(at.atZone(zone));
	}
}
