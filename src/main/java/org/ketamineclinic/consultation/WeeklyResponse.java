package org.ketamineclinic.consultation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * One clinic's figures for one ISO week (Monday to Sunday in the clinic's time zone).
 *
 * @param weekStart the Monday the week starts on
 * @param figures   the requests received that week
 */
public record WeeklyResponse(LocalDate weekStart, ResponseFigures figures) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);

	private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

	/** The ISO week, e.g. "2025-W02". */
	public String isoWeek() {
		return isoWeek(weekStart);
	}

	/** The days of the week in words, e.g. "Jan 6 – 12, 2025" or "Dec 29, 2025 – Jan 4, 2026". */
	public String days() {
		LocalDate end = weekStart.plusDays(6);
		if (end.getYear() != weekStart.getYear()) {
			return DAY_YEAR.format(weekStart) + " – " + DAY_YEAR.format(end);
		}
		String last = end.getMonth() == weekStart.getMonth() ? Integer.toString(end.getDayOfMonth())
				: DAY.format(end);
		return DAY.format(weekStart) + " – " + last + ", " + end.getYear();
	}

	/** A short label for a chart's axis: the Monday, e.g. "Jan 6". */
	public String shortLabel() {
		return DAY.format(weekStart);
	}

	static String isoWeek(LocalDate date) {
		return "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}
}
