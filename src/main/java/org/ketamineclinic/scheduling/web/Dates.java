package org.ketamineclinic.scheduling.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ketamineclinic.scheduling.TimeOfDay;

/** Reading what scheduling forms send: anything unreadable becomes the sensible default, never an error page. */
final class Dates {

	private Dates() {
	}

	static LocalDate dayOr(String text, Clock clock, ZoneId zone) {
		try {
			return text == null || text.isBlank() ? LocalDate.now(clock.withZone(zone)) : LocalDate.parse(text.strip());
		}
		catch (DateTimeException ex) {
			return LocalDate.now(clock.withZone(zone));
		}
	}

	static Set<DayOfWeek> weekdays(List<String> names) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		if (names != null) {
			for (String name : names) {
				try {
					days.add(DayOfWeek.valueOf(name));
				}
				catch (IllegalArgumentException ex) {
					// Not a weekday: ignored, like an unticked box.
				}
			}
		}
		return days;
	}

	static TimeOfDay timeOfDay(String text) {
		try {
			return text == null || text.isBlank() ? TimeOfDay.ANY : TimeOfDay.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			return TimeOfDay.ANY;
		}
	}

	/**
	 * A chosen slot as the form sends it, "seattle@2026-12-01T18:00:00Z".
	 *
	 * @param location clinic slug
	 * @param start    start instant
	 */
	record SlotChoice(String location, Instant start) {

		static SlotChoice parse(String value) {
			if (value == null || !value.contains("@")) {
				return null;
			}
			try {
				return new SlotChoice(value.substring(0, value.indexOf('@')),
						Instant.parse(value.substring(value.indexOf('@') + 1)));
			}
			catch (DateTimeException ex) {
				return null;
			}
		}
	}
}
