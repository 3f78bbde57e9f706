package org.ketamineclinic.location;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the site prints a time of day. */
final class Times {

	private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

	private Times() {
	}

	static String of(LocalTime time) {
		return US.format(time);
	}
}
