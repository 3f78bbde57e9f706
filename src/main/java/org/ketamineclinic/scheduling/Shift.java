package org.ketamineclinic.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

import org.ketamineclinic.staff.StaffRole;

/**
 * A weekly shift: a person works at a clinic, in a role, on a weekday, between two local times.
 *
 * @param id       row id
 * @param staffId  the staff account
 * @param role     the role they fill on this shift
 * @param location the clinic's slug
 * @param day      weekday
 * @param starts   local start
 * @param ends     local end
 */
public record Shift(long id, long staffId, StaffRole role, String location, DayOfWeek day, LocalTime starts,
		LocalTime ends) {

	boolean covers(DayOfWeek weekday, LocalTime from, LocalTime to) {
		return day == weekday && !from.isBefore(starts) && !to.isAfter(ends) && to.isAfter(from);
	}

	public String dayName() {
		return day.getDisplayName(TextStyle.FULL, Locale.US);
	}
}
