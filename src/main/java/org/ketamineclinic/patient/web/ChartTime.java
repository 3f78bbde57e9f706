package org.ketamineclinic.patient.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times on the chart, in the patient's clinic's zone: "Dec 7, 2026, 9:05 AM". */
public final class ChartTime {

	private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("MMM d, uuuu, h:mm a", Locale.US);

	private ChartTime() {
	}

	public static String of(Instant instant, ZoneId zone) {
		return FULL.format(instant.atZone(zone));
	}
}
