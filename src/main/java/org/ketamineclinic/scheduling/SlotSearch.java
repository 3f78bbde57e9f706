package org.ketamineclinic.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a coordinator looks for.
 *
 * @param type      the appointment type
 * @param locations the clinics, most preferred first
 * @param from      first day (clinic's local date)
 * @param to        last day, inclusive
 * @param weekdays  days the person can come (empty: any)
 * @param timeOfDay the part of the day they prefer
 * @param person    the consultation request booked for (their other appointments are avoided), or null
 * @param step      the grid of start times, or null for the configured one
 */
public record SlotSearch(AppointmentType type, List<String> locations, LocalDate from, LocalDate to,
		Set<DayOfWeek> weekdays, TimeOfDay timeOfDay, Long person, java.time.Duration step) {

	public SlotSearch(AppointmentType type, List<String> locations, LocalDate from, LocalDate to,
			Set<DayOfWeek> weekdays, TimeOfDay timeOfDay, Long person) {
		this(type, locations, from, to, weekdays, timeOfDay, person, null);
	}

	public SlotSearch {
		locations = List.copyOf(locations);
		weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
		timeOfDay = timeOfDay == null ? TimeOfDay.ANY : timeOfDay;
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The search ends before it starts");
		}
	}

	boolean accepts(LocalDate date, java.time.LocalTime start) {
		return (weekdays.isEmpty() || weekdays.contains(date.getDayOfWeek())) && timeOfDay.includes(start);
	}
}
