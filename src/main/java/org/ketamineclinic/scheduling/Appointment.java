package org.ketamineclinic.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * An appointment and its rules: what may happen to it, and when. A refused change throws {@link ScheduleRefusal}
 * before anything is touched.
 */
class Appointment {

	final long id;

	final AppointmentType type;

	final String location;

	final ZoneId zone;

	Instant start;

	Instant end;

	final AppointmentMode mode;

	AppointmentStatus status;

	final long person;

	final Long series;

	final Integer position;

	Instant confirmedAt;

	String statusReason;

	final int version;

	Appointment(long id, AppointmentType type, String location, ZoneId zone, Instant start, Instant end,
			AppointmentMode mode, AppointmentStatus status, long person, Long series, Integer position,
			Instant confirmedAt, String statusReason, int version) {
		this.id = id;
		this.type = type;
		this.location = location;
		this.zone = zone;
		this.start = start;
		this.end = end;
		this.mode = mode;
		this.status = status;
		this.person = person;
		this.series = series;
		this.position = position;
		this.confirmedAt = confirmedAt;
		this.statusReason = statusReason;
		this.version = version;
	}

	/**
	 * Cancels; when the person cancels with less notice than {@code lateNotice} it is a late cancellation (the clinic
	 * counts them, like no-shows).
	 */
	void cancel(boolean byPerson, String reason, Duration lateNotice, Instant now) {
		mustBe(AppointmentStatus.BOOKED, "cancelled");
		boolean late = byPerson && Duration.between(now, start).compareTo(lateNotice) < 0;
		status = late ? AppointmentStatus.LATE_CANCELLED : AppointmentStatus.CANCELLED;
		statusReason = reason == null || reason.isBlank() ? null : reason.strip();
	}

	/** The person arrived: from an hour before the start until its end. */
	void checkIn(Instant now) {
		mustBe(AppointmentStatus.BOOKED, "checked in");
		if (now.isBefore(start.minus(Duration.ofHours(1))) || now.isAfter(end)) {
			throw new ScheduleRefusal("Check-in is possible from an hour before the appointment until its end.");
		}
		status = AppointmentStatus.CHECKED_IN;
	}

	/** The person did not come: only once the appointment has begun. */
	void noShow(Instant now) {
		mustBe(AppointmentStatus.BOOKED, "marked as a no-show");
		if (now.isBefore(start)) {
			throw new ScheduleRefusal("A no-show can be recorded only once the appointment time has come.");
		}
		status = AppointmentStatus.NO_SHOW;
	}

	void complete() {
		mustBe(AppointmentStatus.CHECKED_IN, "completed");
		status = AppointmentStatus.COMPLETED;
	}

	void moveTo(Instant newStart, Duration length) {
		mustBe(AppointmentStatus.BOOKED, "moved");
		start = newStart;
		end = newStart.plus(length);
		confirmedAt = null;
	}

	/** The person replied "C" to a reminder. */
	void confirm(Instant now) {
		if (status == AppointmentStatus.BOOKED && confirmedAt == null) {
			confirmedAt = now;
		}
	}

	private void mustBe(AppointmentStatus required, String what) {
		if (status != required) {
			throw new ScheduleRefusal("An appointment that is " + status.label().toLowerCase() + " cannot be " + what
					+ ".");
		}
	}
}
