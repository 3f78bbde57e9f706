package org.ketamineclinic.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.ketamineclinic.consultation.IntakeManagement;
import org.ketamineclinic.consultation.RequestContact;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.messaging.MessagePurpose;
import org.ketamineclinic.messaging.Messaging;
import org.ketamineclinic.messaging.MessagingProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a person's reminders in the messaging outbox in line with their appointments: after every booking, move or
 * cancellation the whole plan is made again ({@link ReminderPlan}); reminders no longer wanted are cancelled before
 * they go out, new ones are queued for their time and expire when the appointment begins (a late reminder is never
 * sent). Runs in the caller's transaction, so the reminders change exactly when the appointments do.
 */
@Component
class Reminders {

	private final JdbcClient jdbc;

	private final Appointments appointments;

	private final Messaging messaging;

	private final AppointmentTexts texts;

	private final Locations locations;

	private final IntakeManagement intake;

	private final ReminderPlan plan;

	private final Clock clock;

	Reminders(JdbcClient jdbc, Appointments appointments, Messaging messaging, AppointmentTexts texts,
			Locations locations, IntakeManagement intake, SchedulingProperties properties,
			MessagingProperties messagingProperties, Clock clock) {
		this.jdbc = jdbc;
		this.appointments = appointments;
		this.messaging = messaging;
		this.texts = texts;
		this.locations = locations;
		this.intake = intake;
		this.plan = new ReminderPlan(properties.reminders(), messagingProperties.remindersPerDay(),
				messagingProperties.remindersPerWeek(), messagingProperties.quietHoursEnd(),
				messagingProperties.quietHoursStart());
		this.clock = clock;
	}

	void replan(long person) {
		Instant now = clock.instant();
		List<Appointment> coming = appointments.ofPerson(person).stream()
			.filter(a -> a.status == AppointmentStatus.BOOKED && a.start.isAfter(now))
			.toList();
		Map<Long, Appointment> byId = new HashMap<>();
		coming.forEach(a -> byId.put(a.id, a));
		List<ReminderPlan.Reminder> wanted = plan.plan(
				coming.stream().map(a -> new ReminderPlan.Visit(a.id, a.start, a.zone)).toList(), now);
		List<Pending> pending = pending(person, now);
		for (Pending queued : pending) {
			boolean stillWanted = wanted.stream()
				.anyMatch(w -> w.appointment() == queued.appointment() && w.sendAt().equals(queued.sendAt()));
			if (!stillWanted) {
				messaging.cancel(queued.key());
				jdbc.sql("delete from appointment_reminder where message_key = ?").param(queued.key()).update();
			}
		}
		RequestContact contact = intake.contact(person).orElse(null);
		if (contact == null) {
			return;
		}
		for (ReminderPlan.Reminder reminder : wanted) {
			boolean queuedAlready = pending.stream().anyMatch(
					p -> p.appointment() == reminder.appointment() && p.sendAt().equals(reminder.sendAt()));
			if (!queuedAlready) {
				queue(byId.get(reminder.appointment()), reminder, contact);
			}
		}
	}

	private void queue(Appointment appointment, ReminderPlan.Reminder reminder, RequestContact contact) {
		var clinic = locations.bySlug(appointment.location).orElseThrow();
		// A fresh key each time: a reminder cancelled earlier for this very time must not block a new one.
		String key = "reminder:" + appointment.id + ":" + reminder.sendAt().getEpochSecond() + ":"
				+ Long.toHexString(ThreadLocalRandom.current().nextLong());
		messaging.queueTextAt(key, contact.phone(), MessagePurpose.REMINDER,
				texts.reminderSms(appointment.type, appointment.mode, clinic, appointment.start, reminder.first()),
				clinic.zone(), IntakeManagement.SUBJECT + ":" + contact.id(), reminder.sendAt(), appointment.start);
		jdbc.sql("insert into appointment_reminder (message_key, appointment_id, send_at) values (?, ?, ?)")
			.params(key, appointment.id, Timestamp.from(reminder.sendAt()))
			.update();
	}

	private record Pending(String key, long appointment, Instant sendAt) {
	}

	/** Reminders of this person's appointments still to go out. */
	private List<Pending> pending(long person, Instant now) {
		return jdbc.sql("""
				select r.message_key, r.appointment_id, r.send_at from appointment_reminder r
				join appointment a on a.id = r.appointment_id
				where a.consultation_request = ? and r.send_at > ?""")
			.params(person, Timestamp.from(now))
			.query((rs, n) -> new Pending(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
			.list();
	}
}
