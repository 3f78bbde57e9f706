package org.ketamineclinic.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.ketamineclinic.consultation.IntakeManagement;
import org.ketamineclinic.messaging.MessagePurpose;
import org.ketamineclinic.messaging.Messaging;
import org.ketamineclinic.messaging.SmsReceived;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers to reminders: "C" confirms the person's next appointment, "R" asks to reschedule it and puts a task on the
 * coordinators' list. Each gets one short reply. Any other text is left to the consultation module, which files it in
 * the person's conversation (this one is filed there too). Runs in the webhook's transaction.
 */
@Component
class ReminderReplies {

	private final Messaging messaging;

	private final IntakeManagement intake;

	private final SchedulingManagement scheduling;

	private final AppointmentTexts texts;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReminderReplies(Messaging messaging, IntakeManagement intake, SchedulingManagement scheduling,
			AppointmentTexts texts, JdbcClient jdbc, Clock clock) {
		this.messaging = messaging;
		this.intake = intake;
		this.scheduling = scheduling;
		this.texts = texts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(SmsReceived received) {
		String answer = messaging.bodyOf(received.inboundMessage()).map(b -> b.strip().toUpperCase(Locale.ROOT))
			.orElse("");
		boolean confirm = answer.equals("C") || answer.equals("CONFIRM");
		boolean reschedule = answer.equals("R") || answer.equals("RESCHEDULE");
		if (!confirm && !reschedule) {
			return;
		}
		messaging.senderOf(received.inboundMessage()).ifPresent(phone -> nextAppointment(phone).ifPresent(next -> {
			String conversation = IntakeManagement.SUBJECT + ":" + next.person();
			if (confirm) {
				scheduling.confirmedByText(next.id());
				messaging.queueText("reminder-reply:" + received.inboundMessage(), phone, MessagePurpose.CARE,
						texts.confirmedReply(next.start(), next.zone()), next.zone(), conversation, null);
			}
			else {
				jdbc.sql("""
						insert into scheduling_task (appointment_id, kind, created_at) values (?, 'RESCHEDULE', ?)""")
					.params(next.id(), Timestamp.from(clock.instant()))
					.update();
				messaging.queueText("reminder-reply:" + received.inboundMessage(), phone, MessagePurpose.CARE,
						texts.rescheduleReply(), next.zone(), conversation, null);
			}
		}));
	}

	private record Next(long id, long person, Instant start, java.time.ZoneId zone) {
	}

	/** The soonest booked appointment of any open request from this number. */
	private Optional<Next> nextAppointment(String phone) {
		var requests = intake.openRequestsFrom(phone);
		if (requests.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select id, consultation_request, starts_at, zone from appointment
				where consultation_request = any(string_to_array(?, ',')::bigint[]) and status = 'BOOKED'
				  and starts_at > ?
				order by starts_at limit 1""")
			.params(String.join(",", requests.stream().map(String::valueOf).toList()),
					Timestamp.from(clock.instant()))
			.query((rs, n) -> new Next(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
					java.time.ZoneId.of(rs.getString(4))))
			.optional();
	}
}
