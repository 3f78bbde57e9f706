package org.ketamineclinic.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.springframework.stereotype.Component;

/**
 * Intake's sense of time: which clinic's hours and time zone a request is counted in, the response target's state
 * in words, and times as the clinic reads them.
 */
@Component
class IntakeClock {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a", Locale.US);

	private final Locations locations;

	private final ConsultationProperties properties;

	private final Clock clock;

	IntakeClock(Locations locations, ConsultationProperties properties, Clock clock) {
		this.locations = locations;
		this.properties = properties;
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	/** The clinic whose hours count for a request: the one chosen, or the first clinic for an online visit. */
	Location clinicFor(String slug) {
		return locations.bySlug(slug).orElseGet(() -> locations.all().get(0));
	}

	String locationName(String slug) {
		return locations.bySlug(slug).map(Location::title).orElse("Online (telehealth)");
	}

	String format(Instant instant, String locationSlug) {
		return instant == null ? "" : WHEN.format(instant.atZone(zone(locationSlug)));
	}

	ZoneId zone(String locationSlug) {
		return clinicFor(locationSlug).zone();
	}

	ResponseState response(Instant received, Instant firstContact, String locationSlug) {
		Location clinic = clinicFor(locationSlug);
		var due = ResponseClock.dueAt(received, clinic, properties.firstContactTarget());
		if (firstContact != null) {
			Duration took = ResponseClock.openTimeBetween(received, firstContact, clinic);
			boolean onTime = due.isEmpty() || !firstContact.isAfter(due.get());
			return new ResponseState("Contacted after " + words(took) + " of opening hours"
					+ (onTime ? " (on time)" : " (late)"), onTime ? "ok" : "late");
		}
		if (due.isEmpty()) {
			return new ResponseState("Not contacted yet", "due");
		}
		Instant now = now();
		if (now.isAfter(due.get())) {
			return new ResponseState("Overdue by " + words(ResponseClock.openTimeBetween(due.get(), now, clinic))
					+ " of opening hours", "late");
		}
		Duration left = ResponseClock.openTimeBetween(now, due.get(), clinic);
		String text = clinic.isOpenAt(now) ? "Due in " + words(left) : "Due " + format(due.get(), locationSlug);
		return new ResponseState(text, left.compareTo(Duration.ofMinutes(15)) <= 0 ? "due" : "ok");
	}

	/** "25 min ago", "3 h 10 min ago", "4 days ago": the time since a request arrived, on the wall clock. */
	String ago(Instant instant) {
		Duration since = Duration.between(instant, now());
		if (since.toHours() >= 48) {
			return since.toDays() + " days ago";
		}
		return words(since) + " ago";
	}

	static String words(Duration duration) {
		long minutes = Math.max(0, duration.toMinutes());
		if (minutes < 60) {
			return minutes + " min";
		}
		long hours = minutes / 60;
		return hours + " h" + (minutes % 60 == 0 ? "" : " " + (minutes % 60) + " min");
	}
}
