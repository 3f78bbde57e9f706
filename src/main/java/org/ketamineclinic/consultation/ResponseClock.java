package org.ketamineclinic.consultation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.OpeningHours;

/**
 * Counts the response target ("first contact within one business hour") in a clinic's opening hours, in the
 * clinic's own time zone: a request sent at 21:00 is due an hour after the clinic opens next morning. Time is
 * measured on the real clock, so a day when clocks change is counted with the hours it really had.
 */
final class ResponseClock {

	/** How far ahead to look for opening hours before giving up (a clinic with no hours at all). */
	private static final int DAYS_AHEAD = 14;

	private ResponseClock() {
	}

	/** When first contact is due for a request received at {@code received}; empty for a clinic with no hours. */
	static Optional<Instant> dueAt(Instant received, Location clinic, Duration target) {
		Duration left = target;
		ZonedDateTime cursor = received.atZone(clinic.zone());
		for (int day = 0; day <= DAYS_AHEAD; day++) {
			LocalDate date = cursor.toLocalDate();
			Optional<OpeningHours> hours = clinic.hoursOn(date.getDayOfWeek());
			if (hours.isPresent()) {
				ZonedDateTime opens = date.atTime(hours.get().opens()).atZone(clinic.zone());
				ZonedDateTime closes = date.atTime(hours.get().closes()).atZone(clinic.zone());
				ZonedDateTime start = cursor.isAfter(opens) ? cursor : opens;
				if (start.isBefore(closes)) {
					Duration open = Duration.between(start.toInstant(), closes.toInstant());
					if (open.compareTo(left) >= 0) {
						return Optional.of(start.toInstant().plus(left));
					}
					left = left.minus(open);
				}
			}
			cursor = date.plusDays(1).atStartOfDay(clinic.zone());
		}
		return Optional.empty();
	}

	/** Business time between two instants: the part of [from, to) when the clinic was open. */
	static Duration openTimeBetween(Instant from, Instant to, Location clinic) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		Duration total = Duration.ZERO;
		ZonedDateTime cursor = from.atZone(clinic.zone());
		while (cursor.toInstant().isBefore(to)) {
			LocalDate date = cursor.toLocalDate();
			Optional<OpeningHours> hours = clinic.hoursOn(date.getDayOfWeek());
			if (hours.isPresent()) {
				Instant opens = date.atTime(hours.get().opens()).atZone(clinic.zone()).toInstant();
				Instant closes = date.atTime(hours.get().closes()).atZone(clinic.zone()).toInstant();
				Instant start = later(cursor.toInstant(), opens);
				Instant end = earlier(closes, to);
				if (start.isBefore(end)) {
					total = total.plus(Duration.between(start, end));
				}
			}
			cursor = date.plusDays(1).atStartOfDay(clinic.zone());
		}
		return total;
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
