package org.ketamineclinic.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What operations watch of intake (Prometheus on the management port): requests received by this instance (sum across
 * instances), and the people still waiting for a first call, with how long the longest has waited (the same on every
 * instance: take the max). "We will reach out right away": an old wait is a page to someone. Counts only.
 */
@Component
class ConsultationMeters {

	private static final String AWAITING = "first_contacted_at is null and status = 'NEW'";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Counter received;

	ConsultationMeters(MeterRegistry registry, JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.received = Counter.builder("clinic.consultation.requests")
			.description("Consultation requests stored by this instance")
			.register(registry);
		Gauge.builder("clinic.intake.awaiting.first.contact", this, ConsultationMeters::awaiting)
			.description("Consultation requests nobody has tried to contact yet")
			.register(registry);
		Gauge.builder("clinic.intake.oldest.awaiting.first.contact", this, ConsultationMeters::oldestSeconds)
			.description("How long the longest-waiting request has waited for a first contact")
			.baseUnit("seconds")
			.register(registry);
	}

	void received() {
		received.increment();
	}

	private double awaiting() {
		return jdbc.sql("select count(*) from consultation_request where " + AWAITING).query(Long.class).single();
	}

	private double oldestSeconds() {
		Timestamp oldest = jdbc.sql("select min(received_at) from consultation_request where " + AWAITING)
			.query(Timestamp.class)
			.single();
		return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds());
	}
}
