package org.ketamineclinic.treatment.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times on the treatment screens, in the zone of the patient's clinic: "Dec 7, 2026, 9:05 AM". */
public final class Times {

	private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("MMM d, uuuu, h:mm a", Locale.US);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

	private Times() {
	}

	public static String of(Instant at, ZoneId zone) {
		return at == null ? "–" : FULL.format(at.atZone(zone));
	}

	public static String time(Instant at, ZoneId zone) {
		return at == null ? "–" : TIME.format(at.atZone(zone));
	}
}
