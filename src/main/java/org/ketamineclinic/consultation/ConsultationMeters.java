package org.ketamineclinic.consultation;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.ketamineclinic.database.RowAges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What operations watch of intake (Prometheus on the management port): requests received by this instance (sum across
 * instances), and the people still waiting for a first call, with how long the longest has waited (the same on every
 * instance: take the max). "We will reach out right away": an old wait is a page to someone. Counts only.
 * <p>
 * Time to first contact is wall-clock time, what the person lived through, not the opening hours the intake screen
 * counts against its target; so it is tagged by whether the request arrived while its clinic was open, and "share
 * contacted within 15 minutes" is asked of those (a request sent at 21:00 cannot be called back by 21:15).
 */
@Component
class ConsultationMeters {

	private static final String AWAITING = "first_contacted_at is null and status = 'NEW'";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Counter received;

	private final Timer firstContactInHours;

	private final Timer firstContactOutOfHours;

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
		this.firstContactInHours = firstContact(registry, "in_hours");
		this.firstContactOutOfHours = firstContact(registry, "out_of_hours");
	}

	private static Timer firstContact(MeterRegistry registry, String received) {
		// Buckets at the service levels people ask about, so Prometheus can give the share within each of them.
		return Timer.builder("clinic.intake.first.contact")
			.description("Time from a request being received to the first attempt to contact the person")
			.tag("received", received)
			.serviceLevelObjectives(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1),
					Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(3))
			.register(registry);
	}

	void received() {
		received.increment();
	}

	/** A request's first contact attempt, once per request; {@code inHours}: it arrived while its clinic was open. */
	void firstContact(Duration wait, boolean inHours) {
		(inHours ? firstContactInHours : firstContactOutOfHours).record(wait.isNegative() ? Duration.ZERO : wait);
	}

	private double awaiting() {
		return jdbc.sql("select count(*) from consultation_request where " + AWAITING).query(Long.class).single();
	}

	private double oldestSeconds() {
		return RowAges.oldestSeconds(jdbc, clock,
				"select received_at from consultation_request where " + AWAITING + " order by received_at limit 1");
	}
}
