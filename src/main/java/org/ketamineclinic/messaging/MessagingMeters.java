package org.ketamineclinic.messaging;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.ketamineclinic.database.RowAges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What operations watch of messaging (Prometheus on the management port): messages by channel and outcome, counted by
 * the instance that handled them (sum them across instances); and the outbox as it stands in the database (the same
 * on every instance: take the max). A growing outbox, an old waiting message or any uncertain one needs a person.
 * Counts and ages only: never a recipient or a text.
 */
@Component
class MessagingMeters {

	private static final String WAITING = "status in ('QUEUED', 'RETRY', 'SENDING')";

	private final MeterRegistry registry;

	private final JdbcClient jdbc;

	private final Clock clock;

	MessagingMeters(MeterRegistry registry, JdbcClient jdbc, Clock clock) {
		this.registry = registry;
		this.jdbc = jdbc;
		this.clock = clock;
		Gauge.builder("clinic.outbox.waiting", this, MessagingMeters::waiting)
			.description("Messages queued, due for a retry or being sent (not those held for quiet hours)")
			.register(registry);
		Gauge.builder("clinic.outbox.oldest.waiting", this, MessagingMeters::oldestWaitingSeconds)
			.description("Age of the oldest message still waiting to go out")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("clinic.outbox.uncertain", this, MessagingMeters::uncertain)
			.description("Messages that may or may not have been sent: staff must check before sending again")
			.register(registry);
	}

	/** One message handled: sent, failed, uncertain, blocked, retried or expired. */
	void outcome(OutboundMessage message, String outcome) {
		Counter.builder("clinic.messages")
			.description("Messages handled by this instance, by channel and outcome")
			.tag("channel", message.isSms() ? "SMS" : "EMAIL")
			.tag("outcome", outcome)
			.register(registry)
			.increment();
	}

	private double waiting() {
		return jdbc.sql("select count(*) from outbound_message where " + WAITING).query(Long.class).single();
	}

	private double oldestWaitingSeconds() {
		return RowAges.oldestSeconds(jdbc, clock, """
				select created_at from outbound_message where status in ('QUEUED', 'RETRY')
				order by created_at limit 1""");
	}

	private double uncertain() {
		return jdbc.sql("select count(*) from outbound_message where status = 'UNCERTAIN'").query(Long.class).single();
	}
}
