package org.ketamineclinic.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * An appointment as staff screens show it.
 *
 * @param id            appointment id
 * @param type          its type
 * @param typeLabel     "IV infusion"
 * @param location      clinic slug
 * @param clinic        clinic name ("Seattle")
 * @param start         start
 * @param end           end
 * @param zone          the clinic's zone
 * @param mode          in person, phone or video
 * @param status        where it stands
 * @param person        the consultation request
 * @param personName    the person's name (or initials, where that is all a screen may show)
 * @param series        the series, or null
 * @param seriesText    "3 of 6", or empty
 * @param confirmed     the person confirmed by text
 * @param holds         what it holds, in words ("Chair 2", "Avery Nurse")
 * @param version       for optimistic locking
 */
public record AppointmentView(long id, AppointmentType type, String typeLabel, String location, String clinic,
		Instant start, Instant end, ZoneId zone, AppointmentMode mode, AppointmentStatus status, long person,
		String personName, Long series, String seriesText, boolean confirmed, List<String> holds, int version) {

	public String when() {
		return When.of(start, zone);
	}

	public String timeSpan() {
		return When.time(start, zone) + " – " + When.time(end, zone);
	}

	public boolean canChange() {
		return status == AppointmentStatus.BOOKED;
	}
}
