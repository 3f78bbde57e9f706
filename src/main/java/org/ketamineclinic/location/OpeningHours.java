package org.ketamineclinic.location;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The hours a clinic is open on one weekday, in the clinic's own time zone.
 *
 * @param day   weekday
 * @param opens opening time
 * @param closes closing time
 */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

	public OpeningHours {
		if (!closes.isAfter(opens)) {
			throw new IllegalArgumentException("A clinic closes after it opens");
		}
	}

	public String dayName() {
		return day.getDisplayName(TextStyle.FULL, Locale.US);
	}

	/** "8:00 AM – 6:00 PM", as people in the US read times. */
	public String span() {
		return Times.of(opens) + " – " + Times.of(closes);
	}
}
