package org.ketamineclinic.scheduling.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.scheduling.AppointmentMode;
import org.ketamineclinic.scheduling.AppointmentType;
import org.ketamineclinic.scheduling.FreeSlot;
import org.ketamineclinic.scheduling.TimeOfDay;

/**
 * The booking screen: the search as entered, and the free times found, grouped by day.
 *
 * @param request   consultation request id
 * @param type      appointment type
 * @param typeLabel its name
 * @param locations clinics searched
 * @param from      first day searched
 * @param weekdays  weekdays ticked
 * @param timeOfDay part of the day
 * @param mode      how the person attends
 * @param slots     free times
 * @param clinics   every clinic, for the form
 * @param types     the types a coordinator books one at a time
 */
public record BookingView(long request, AppointmentType type, String typeLabel, List<String> locations,
		LocalDate from, List<String> weekdays, TimeOfDay timeOfDay, AppointmentMode mode, List<FreeSlot> slots,
		List<Location> clinics, List<Choice> types) {

	/**
	 * @param value what the form sends
	 * @param label what it says
	 */
	public record Choice(String value, String label) {
	}

	public List<DayOfWeek> allWeekdays() {
		return List.of(DayOfWeek.values());
	}

	public List<TimeOfDay> timesOfDay() {
		return List.of(TimeOfDay.values());
	}

	public List<AppointmentMode> modes() {
		return List.of(AppointmentMode.values());
	}

	/** The last day searched. */
	public LocalDate until() {
		return from.plusDays(6);
	}

	/** The same search from the day after the last one shown. */
	public String laterHref() {
		StringBuilder href = new StringBuilder("/staff/schedule/book?request=" + request + "&type=" + type.name()
				+ "&from=" + from.plusDays(7) + "&time=" + timeOfDay.name() + "&mode=" + mode.name());
		locations.forEach(l -> href.append("&location=").append(l));
		weekdays.forEach(d -> href.append("&weekday=").append(d));
		return href.toString();
	}

	public boolean isConsultation() {
		return type == AppointmentType.CONSULTATION;
	}

	/** Free times by day label ("Tue, Dec 1"), clinic by clinic, in order. */
	public Map<String, List<FreeSlot>> byDay() {
		Map<String, List<FreeSlot>> days = new LinkedHashMap<>();
		slots.stream()
			.sorted(java.util.Comparator.comparing(FreeSlot::start))
			.forEach(slot -> days.computeIfAbsent(org.ketamineclinic.scheduling.When.day(slot.date()) + " – "
					+ clinicName(slot.location()), d -> new java.util.ArrayList<>()).add(slot));
		// One button per start time and clinic: several free chairs or coordinators are one choice for the person.
		days.replaceAll((day, list) -> list.stream()
			.collect(java.util.stream.Collectors.toMap(FreeSlot::key, s -> s, (a, b) -> a, LinkedHashMap::new))
			.values().stream().toList());
		return days;
	}

	public String clinicName(String slug) {
		return clinics.stream().filter(c -> c.slug().equals(slug)).map(Location::title).findFirst().orElse(slug);
	}
}
