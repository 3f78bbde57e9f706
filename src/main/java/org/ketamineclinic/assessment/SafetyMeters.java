package org.ketamineclinic.assessment;

import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.ketamineclinic.database.RowAges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open safety alerts for operations (Prometheus on the management port): how many, and how long the oldest has waited
 * for a clinician's acknowledgement. Read from the database, the same on every instance (take the max). An alert
 * open for long means the escalation chain is not working: page someone. Counts only, never a patient.
 */
@Component
class SafetyMeters {

	private final JdbcClient jdbc;

	private final Clock clock;

	SafetyMeters(MeterRegistry registry, JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		Gauge.builder("clinic.safety.alerts.open", this, SafetyMeters::open)
			.description("Safety alerts nobody has acknowledged yet")
			.register(registry);
		Gauge.builder("clinic.safety.alerts.oldest.open", this, SafetyMeters::oldestSeconds)
			.description("How long the oldest unacknowledged safety alert has been open")
			.baseUnit("seconds")
			.register(registry);
	}

	private double open() {
		return jdbc.sql("select count(*) from safety_alert where acknowledged_at is null").query(Long.class).single();
	}

	private double oldestSeconds() {
		return RowAges.oldestSeconds(jdbc, clock,
				"select raised_at from safety_alert where acknowledged_at is null order by raised_at limit 1");
	}
}
