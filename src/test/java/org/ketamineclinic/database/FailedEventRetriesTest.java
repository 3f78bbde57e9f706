package org.ketamineclinic.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.FlakyListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/** What a module asked of another is not lost when the listener fails once: it is tried again, and then done. */
@ClinicIntegrationTest
class FailedEventRetriesTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FlakyListener listener;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FailedEventPublications failed;

	@Test
	void aListenerThatFailedIsTriedAgainUntilItCompletes() {
		String id = UUID.randomUUID().toString();
		transactions.executeWithoutResult(status -> events.publishEvent(new FlakyListener.Poked(id)));
		await().atMost(Duration.ofSeconds(10)).until(() -> listener.calls(id) == 1 && "FAILED".equals(status(id)));

		// The scheduled retry, run now and for publications of any age.
		new FailedEventRetries(failed, Duration.ZERO).retry();

		await().atMost(Duration.ofSeconds(10)).until(() -> listener.calls(id) == 2);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
				"select completion_date is not null from event_publication where serialized_event like ?")
			.param("%" + id + "%").query(Boolean.class).single()).isTrue());
	}

	private String status(String id) {
		return jdbc.sql("select status from event_publication where serialized_event like ?").param("%" + id + "%")
			.query(String.class).optional().orElse(null);
	}
}
