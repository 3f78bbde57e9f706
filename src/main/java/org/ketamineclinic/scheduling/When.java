package org.ketamineclinic.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as people at the clinic read them, always in the clinic's own zone. */
public final class When {

	private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEE, MMM d, h:mm a", Locale.US);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE, MMM d", Locale.US);

	private When() {
	}

	/** "Tue, Dec 1, 10:00 AM". */
	public static String of(Instant instant, ZoneId zone) {
		return FULL.format(instant.atZone(zone));
	}

	/** "10:00 AM". */
	public static String time(Instant instant, ZoneId zone) {
		return TIME.format(instant.atZone(zone));
	}

	/** "Tue, Dec 1". */
	public static String day(java.time.LocalDate date) {
		return DAY.format(date);
	}
}
