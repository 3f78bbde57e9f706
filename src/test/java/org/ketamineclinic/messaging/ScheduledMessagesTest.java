package org.ketamineclinic.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** Reminders go out at their time, never before and never after their appointment began; withdrawn ones never. */
@ClinicIntegrationTest
class ScheduledMessagesTest {

	static final ZoneId SEATTLE = ZoneId.of("America/Los_Angeles");

	@Autowired
	Messaging messaging;

	@Autowired
	MessageDispatcher dispatcher;

	@Autowired
	TestClock clock;

	Instant tenAm;

	String phone;

	@BeforeEach
	void aPersonWhoAgreedToTexts() {
		tenAm = ZonedDateTime.of(2026, 12, 14, 10, 0, 0, 0, SEATTLE).toInstant();
		clock.set(tenAm.minus(Duration.ofDays(3)));
		phone = String.format("+1425555%04d", Math.floorMod(UUID.randomUUID().hashCode(), 10_000));
		messaging.consentGiven(phone, ConsentPurpose.CARE, "TEST", "test", null);
	}

	@Test
	void aReminderWaitsForItsTimeAndThenGoesOut() {
		String key = "test-reminder:" + UUID.randomUUID();
		Instant sendAt = tenAm.minus(Duration.ofHours(2));
		messaging.queueTextAt(key, phone, MessagePurpose.REMINDER, "Reminder", SEATTLE, null, sendAt, tenAm);

		dispatcher.dispatch();
		assertThat(messaging.statusOf(key)).contains(MessageStatus.QUEUED);

		clock.set(sendAt.plusSeconds(1));
		dispatcher.dispatch();
		assertThat(messaging.statusOf(key)).contains(MessageStatus.SENT);
	}

	@Test
	void aReminderWithdrawnBeforeItsTimeIsNeverSent() {
		String key = "test-reminder:" + UUID.randomUUID();
		messaging.queueTextAt(key, phone, MessagePurpose.REMINDER, "Reminder", SEATTLE, null,
				tenAm.minus(Duration.ofHours(2)), tenAm);

		assertThat(messaging.cancel(key)).isTrue();
		clock.set(tenAm.minus(Duration.ofHours(1)));
		dispatcher.dispatch();

		assertThat(messaging.statusOf(key)).contains(MessageStatus.CANCELLED);
		assertThat(messaging.cancel(key)).as("nothing left to withdraw").isFalse();
	}

	@Test
	void aReminderThatQuietHoursWouldHoldPastItsAppointmentExpiresInsteadOfGoingOutLate() {
		String key = "test-reminder:" + UUID.randomUUID();
		Instant eightAm = ZonedDateTime.of(2026, 12, 14, 8, 0, 0, 0, SEATTLE).toInstant();
		Instant sixAm = eightAm.minus(Duration.ofHours(2));
		messaging.queueTextAt(key, phone, MessagePurpose.REMINDER, "Reminder", SEATTLE, null, sixAm, eightAm);

		clock.set(sixAm.plusSeconds(1));
		dispatcher.dispatch();

		assertThat(messaging.statusOf(key)).contains(MessageStatus.EXPIRED);
	}

	@Test
	void aReminderStillQueuedWhenItsAppointmentBeginsExpires() {
		String key = "test-reminder:" + UUID.randomUUID();
		messaging.queueTextAt(key, phone, MessagePurpose.REMINDER, "Reminder", SEATTLE, null,
				tenAm.minus(Duration.ofHours(2)), tenAm);

		clock.set(tenAm.plusSeconds(60));
		dispatcher.dispatch();

		assertThat(messaging.statusOf(key)).contains(MessageStatus.EXPIRED);
	}
}
