package org.ketamineclinic.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When the app is told to stop (a deployment's SIGTERM), no further text goes out, and one taken for sending but not
 * yet handed to the provider goes back to the queue instead of waiting as "sending" for staff to check it.
 * faults/graceful-shutdown.sh proves the same on the running app, with calls in flight.
 */
@ClinicIntegrationTest
class DispatcherStopTest {

	static final ZoneId SEATTLE = ZoneId.of("America/Los_Angeles");

	@Autowired
	Messaging messaging;

	@Autowired
	MessageDispatcher dispatcher;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void aStoppedDispatcherSendsNothingAndPutsBackWhatItHadTakenThenSendsItOnceStartedAgain() {
		Instant tenAm = ZonedDateTime.of(2026, 12, 15, 10, 0, 0, 0, SEATTLE).toInstant();
		clock.set(tenAm);
		String phone = String.format("+1425556%04d", Math.floorMod(UUID.randomUUID().hashCode(), 10_000));
		messaging.consentGiven(phone, ConsentPurpose.CARE, "TEST", "test", null);
		String key = "test-stop:" + UUID.randomUUID();
		messaging.queueText(key, phone, MessagePurpose.CARE, "Your results are ready", SEATTLE, null, null);

		dispatcher.stop();
		try {
			dispatcher.dispatch();
			assertThat(messaging.statusOf(key)).contains(MessageStatus.QUEUED);

			// Taken in the round the stop interrupted: marked sending, still waiting for a free sender.
			OutboundMessage taken = message(key);
			outbox.markSending(taken.id(), tenAm);
			dispatcher.sendUnlessStopped(taken);

			assertThat(messaging.statusOf(key)).contains(MessageStatus.QUEUED);
			assertThat(message(key).attempts()).as("an attempt that never happened is not counted").isZero();
		}
		finally {
			dispatcher.start();
		}
		dispatcher.dispatch();
		assertThat(messaging.statusOf(key)).contains(MessageStatus.SENT);
		assertThat(message(key).attempts()).isEqualTo(1);
	}

	private OutboundMessage message(String key) {
		return jdbc.sql("select * from outbound_message where message_key = ?").param(key).query(Outbox::map).single();
	}
}
