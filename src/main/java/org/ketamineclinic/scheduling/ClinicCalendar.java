package org.ketamineclinic.scheduling;

import java.time.LocalDate;
import java.util.List;

/**
 * A clinic's calendar: days as rows, chairs and rooms as columns (and a last column for appointments that need
 * neither, such as consultations).
 *
 * @param location     clinic slug
 * @param clinic       clinic name
 * @param first        first day
 * @param days         how many days
 * @param columns      chairs, rooms, then "no chair or room"
 * @param rows         one per day
 * @param appointments the ids shown (each view is recorded in the audit trail)
 */
public record ClinicCalendar(String location, String clinic, LocalDate first, int days, List<Column> columns,
		List<Day> rows, List<Long> appointments) {

	/**
	 * @param key  resource key, or empty for the last column
	 * @param name "Chair 2"
	 */
	public record Column(String key, String name) {
	}

	/**
	 * @param date  the day
	 * @param label "Tue, Dec 1"
	 * @param open  whether the clinic is open that day
	 * @param cells per column, the appointments in time order
	 */
	public record Day(LocalDate date, String label, boolean open, List<List<AppointmentView>> cells) {
	}
}
