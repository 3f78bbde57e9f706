package org.ketamineclinic.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One free start for an infusion: a chair at {@code location} is free for the whole visit from this start. The date and
 * start are the clinic's own wall clock, because the series rules count the clinic's calendar days and a patient
 * thinks in "Tuesday at 9"; {@code startsAt} is the same moment on the universal clock, for booking it.
 */
public record Slot(String location, LocalDate date, LocalTime start, Instant startsAt) {

	public Slot {
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(startsAt, "startsAt");
	}
}
