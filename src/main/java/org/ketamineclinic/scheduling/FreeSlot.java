package org.ketamineclinic.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A time at a clinic when everything an appointment type needs is free, with the chair, room and people it would
 * hold.
 *
 * @param location  the clinic's slug
 * @param type      the appointment type
 * @param start     start (UTC)
 * @param end       end (UTC)
 * @param zone      the clinic's zone, in which it is shown
 * @param resources what it would hold ("chair:3", "staff:7:1")
 */
public record FreeSlot(String location, AppointmentType type, Instant start, Instant end, ZoneId zone,
		List<String> resources) {

	public LocalDate date() {
		return start.atZone(zone).toLocalDate();
	}

	public LocalTime localStart() {
		return start.atZone(zone).toLocalTime();
	}

	/** "Tue, Dec 1, 10:00 AM", in the clinic's zone. */
	public String label() {
		return When.of(start, zone);
	}

	/** A value a form can send back: the clinic and the start instant. */
	public String key() {
		return location + "@" + start;
	}

	Slot asSeriesSlot() {
		return new Slot(location, date(), localStart(), start);
	}
}
