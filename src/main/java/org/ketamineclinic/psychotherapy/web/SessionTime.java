package org.ketamineclinic.psychotherapy.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ketamineclinic.web.ClinicTimes;

/** Session times in the patient's clinic's zone: "Mar 27, 2026, 2:30 PM", and the form's date and time fields. */
public final class SessionTime {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.US);

	private SessionTime() {
	}

	public static String of(Instant instant, ZoneId zone) {
		return ClinicTimes.of(instant, zone);
	}

	public static String date(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toLocalDate().toString();
	}

	public static String time(Instant instant, ZoneId zone) {
		return TIME.format(instant.atZone(zone));
	}
}
