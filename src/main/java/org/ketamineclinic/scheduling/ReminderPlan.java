package org.ketamineclinic.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which reminders a person gets for their coming appointments. Healthcare texts are capped (default 1 a day and 3 a
 * week, DOMAIN.md §6), and a series of infusions two or three times a week would break the caps with two reminders
 * per visit; so the plan is made for all of a person's appointments together:
 * <ol>
 * <li>each appointment first gets its most important reminder that fits (the offsets in configured order: the 48 h
 * one carries the instructions, which need time to arrange an escort), else its next one;</li>
 * <li>the other reminders are added where the caps still allow.</li>
 * </ol>
 * A reminder that would fall in quiet hours (no texts from 21:00 to 8:00 in the clinic's zone) is moved to the last
 * quarter-hour before they begin: a 2 h reminder for an 8:00 visit would otherwise wait for the morning and expire
 * unsent. A reminder is skipped when its time has passed, or when another of the person's appointments comes between
 * it and its own (they are at the clinic then, and were told at booking).
 */
final class ReminderPlan {

	/**
	 * @param appointment appointment id
	 * @param start       its start
	 * @param zone        the clinic's zone, in which quiet hours are kept
	 */
	record Visit(long appointment, Instant start, java.time.ZoneId zone) {
	}

	/**
	 * @param appointment appointment id
	 * @param offset      how long before the start
	 * @param sendAt      when it goes out
	 * @param first       whether it is the first reminder of its appointment (it carries the instructions)
	 */
	record Reminder(long appointment, Duration offset, Instant sendAt, boolean first) {
	}

	private final List<Duration> offsets;

	private final int perDay;

	private final int perWeek;

	private final java.time.LocalTime quietFrom;

	private final java.time.LocalTime quietUntil;

	ReminderPlan(List<Duration> offsets, int perDay, int perWeek, java.time.LocalTime quietFrom,
			java.time.LocalTime quietUntil) {
		this.offsets = List.copyOf(offsets);
		this.perDay = perDay;
		this.perWeek = perWeek;
		this.quietFrom = quietFrom;
		this.quietUntil = quietUntil;
	}

	/** The time itself, or the last quarter-hour before quiet hours began when it falls inside them. */
	Instant outsideQuietHours(Instant at, java.time.ZoneId zone) {
		var local = at.atZone(zone);
		java.time.LocalTime time = local.toLocalTime();
		boolean quiet = quietFrom.isAfter(quietUntil) ? !time.isBefore(quietFrom) || time.isBefore(quietUntil)
				: !time.isBefore(quietFrom) && time.isBefore(quietUntil);
		if (!quiet) {
			return at;
		}
		var evening = local.toLocalDate().atTime(quietFrom.minusMinutes(15)).atZone(zone);
		return (evening.isAfter(local) ? evening.minusDays(1) : evening).toInstant();
	}

	List<Reminder> plan(List<Visit> visits, Instant now) {
		List<Visit> sorted = visits.stream().sorted(Comparator.comparing(Visit::start)).toList();
		List<Instant> chosen = new ArrayList<>();
		List<Reminder> plan = new ArrayList<>();
		List<Reminder> later = new ArrayList<>();
		for (Visit visit : sorted) {
			boolean placed = false;
			for (Duration offset : offsets) {
				Instant at = outsideQuietHours(visit.start().minus(offset), visit.zone());
				if (!at.isAfter(now) || anotherVisitBetween(sorted, visit, at)) {
					continue;
				}
				if (!placed && fits(chosen, at)) {
					chosen.add(at);
					plan.add(new Reminder(visit.appointment(), offset, at, false));
					placed = true;
				}
				else {
					later.add(new Reminder(visit.appointment(), offset, at, false));
				}
			}
		}
		for (Reminder extra : later) {
			if (fits(chosen, extra.sendAt())) {
				chosen.add(extra.sendAt());
				plan.add(extra);
			}
		}
		plan.sort(Comparator.comparing(Reminder::sendAt));
		List<Reminder> marked = new ArrayList<>();
		for (Reminder reminder : plan) {
			boolean first = marked.stream().noneMatch(r -> r.appointment() == reminder.appointment());
			marked.add(new Reminder(reminder.appointment(), reminder.offset(), reminder.sendAt(), first));
		}
		return marked;
	}

	private static boolean anotherVisitBetween(List<Visit> visits, Visit visit, Instant at) {
		return visits.stream().anyMatch(other -> other != visit && !other.start().isBefore(at)
				&& other.start().isBefore(visit.start()));
	}

	/** Whether one more reminder at {@code at} keeps every day and every 7 days within the caps. */
	private boolean fits(List<Instant> chosen, Instant at) {
		return maxInAnyWindow(chosen, at, Duration.ofDays(1)) < perDay
				&& maxInAnyWindow(chosen, at, Duration.ofDays(7)) < perWeek;
	}

	/** The most reminders already chosen in any window of this length that would also contain {@code at}. */
	private static int maxInAnyWindow(List<Instant> chosen, Instant at, Duration window) {
		int most = 0;
		// Every window containing `at` that matters starts at `at - window` (exclusive) or at a chosen reminder.
		List<Instant> starts = new ArrayList<>();
		starts.add(at.minus(window).plusMillis(1));
		chosen.stream().filter(c -> c.isBefore(at) && c.isAfter(at.minus(window))).forEach(starts::add);
		starts.add(at);
		for (Instant start : starts) {
			Instant end = start.plus(window);
			if (at.isBefore(start) || !at.isBefore(end)) {
				continue;
			}
			int count = (int) chosen.stream().filter(c -> !c.isBefore(start) && c.isBefore(end)).count();
			most = Math.max(most, count);
		}
		return most;
	}
}
