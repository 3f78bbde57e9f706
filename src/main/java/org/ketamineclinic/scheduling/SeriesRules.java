package org.ketamineclinic.scheduling;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The protocol an infusion series follows, as numbers rather than code, so a medical director can change it (or run
 * the pain protocol's shorter series) without touching the planner. The rules speak only of the clinic's calendar
 * dates; times of day and locations are preferences, not rules. Exactly, a series keeps the rules when:
 * <ul>
 * <li>it has exactly {@code infusions} visits, on strictly increasing dates, at most one per date;</li>
 * <li>{@code lastDate - firstDate <= withinDays - 1} days (21: every visit on days 0..20 of the series);</li>
 * <li>consecutive visits' dates differ by at least {@code minDaysBetween} days (2: never on consecutive days);</li>
 * <li>any 7 consecutive calendar days contain at most {@code maxPerWeek} visits;</li>
 * <li>every week block k = 0, 1, … of the series, the dates [first + 7k, first + 7k + 6], whose last day is on or
 * before the series' last date, contains at least {@code minPerWeek} visits.</li>
 * </ul>
 * The same definitions drive the planner's search and {@link #problems(List)}, which explains to a coordinator in
 * words what a hand-moved visit broke.
 */
record SeriesRules(int infusions, int withinDays, int minDaysBetween, int minPerWeek, int maxPerWeek) {

	/** The days the per-week limits count over. */
	static final int WEEK = 7;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.US);

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);

	SeriesRules {
		require(infusions >= 1, "A series needs at least 1 infusion, not " + infusions);
		require(withinDays >= 1, "The series must be allowed at least 1 day, not " + withinDays);
		require(minDaysBetween >= 1, "Visits are at least 1 day apart (one a date), not " + minDaysBetween);
		require(minPerWeek >= 0, "The weekly minimum cannot be negative: " + minPerWeek);
		require(maxPerWeek >= 1, "The weekly maximum must allow at least 1 visit, not " + maxPerWeek);
		require(minPerWeek <= maxPerWeek,
				"The weekly minimum (" + minPerWeek + ") is above the weekly maximum (" + maxPerWeek + ")");
		require((long) (infusions - 1) * minDaysBetween <= withinDays - 1, infusions + " infusions " + minDaysBetween
				+ " days apart do not fit in " + withinDays + " days");
	}

	/** The standard series: 6 infusions within 21 days, 2–3 a week, never on consecutive days. */
	static SeriesRules standardSeries() {
		return new SeriesRules(6, 21, 2, 2, 3);
	}

	/** The pain protocol: 4 infusions, otherwise paced like the standard series. */
	static SeriesRules painProtocol() {
		return new SeriesRules(4, 21, 2, 2, 3);
	}

	/**
	 * Every rule the visits break, in words for a clinic coordinator; empty when they make a valid series. Accepts any
	 * list (unsorted, too short, too long), since it checks a series after someone moved a visit by hand; visits are
	 * numbered in date order.
	 */
	List<String> problems(List<Slot> visits) {
		List<LocalDate> dates = visits.stream()
			.sorted(Comparator.comparing(Slot::date).thenComparing(Slot::start))
			.map(Slot::date)
			.toList();
		List<String> problems = new ArrayList<>();
		if (dates.size() != infusions) {
			problems.add("The series has %d visit%s; the program needs %d.".formatted(dates.size(),
					dates.size() == 1 ? "" : "s", infusions));
		}
		if (dates.isEmpty()) {
			return problems;
		}
		spacing(dates, problems);
		span(dates, problems);
		busiestWeeks(dates, problems);
		emptyWeeks(dates, problems);
		return problems;
	}

	private void spacing(List<LocalDate> dates, List<String> problems) {
		for (int i = 1; i < dates.size(); i++) {
			LocalDate before = dates.get(i - 1);
			LocalDate after = dates.get(i);
			long apart = ChronoUnit.DAYS.between(before, after);
			if (apart >= minDaysBetween) {
				continue;
			}
			String visits = "Visits %d and %d".formatted(i, i + 1);
			if (apart == 0) {
				problems.add("%s are on the same day (%s).".formatted(visits, before.format(DAY)));
			}
			else if (apart == 1) {
				problems.add("%s are on consecutive days (%s and %s).".formatted(visits, before.format(DAY),
						after.format(DAY)));
			}
			else {
				problems.add("%s are only %d days apart (%s and %s); the protocol needs at least %d.".formatted(visits,
						apart, before.format(DAY), after.format(DAY), minDaysBetween));
			}
		}
	}

	private void span(List<LocalDate> dates, List<String> problems) {
		long days = ChronoUnit.DAYS.between(dates.get(0), dates.get(dates.size() - 1)) + 1;
		if (days > withinDays) {
			problems.add("The series spans %d days; the protocol allows %d.".formatted(days, withinDays));
		}
	}

	/** Each crowded stretch once: the 7 days from a visit, unless an earlier report already covered its visits. */
	private void busiestWeeks(List<LocalDate> dates, List<String> problems) {
		int reportedUpTo = -1;
		for (int from = 0; from < dates.size(); from++) {
			LocalDate weekEnd = dates.get(from).plusDays(WEEK - 1);
			int to = from;
			while (to + 1 < dates.size() && !dates.get(to + 1).isAfter(weekEnd)) {
				to++;
			}
			int count = to - from + 1;
			if (count > maxPerWeek && to > reportedUpTo) {
				problems.add("%d visits fall within %d days (%s–%s); at most %d a week.".formatted(count, WEEK,
						dates.get(from).format(SHORT_DAY), weekEnd.format(SHORT_DAY), maxPerWeek));
				reportedUpTo = to;
			}
		}
	}

	private void emptyWeeks(List<LocalDate> dates, List<String> problems) {
		LocalDate first = dates.get(0);
		LocalDate last = dates.get(dates.size() - 1);
		for (LocalDate start = first; !start.plusDays(WEEK - 1).isAfter(last); start = start.plusDays(WEEK)) {
			LocalDate weekStart = start;
			LocalDate weekEnd = start.plusDays(WEEK - 1);
			long count = dates.stream().filter(date -> !date.isBefore(weekStart) && !date.isAfter(weekEnd)).count();
			if (count < minPerWeek) {
				String found = count == 0 ? "No visits" : "Only %d visit%s".formatted(count, count == 1 ? "" : "s");
				problems.add("%s in the week of %s; at least %d a week.".formatted(found, start.format(SHORT_DAY),
						minPerWeek));
			}
		}
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}
}
