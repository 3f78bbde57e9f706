package org.ketamineclinic.database;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "How long has the oldest one waited?", for the operations gauges (the oldest text waiting, request awaiting a
 * first contact, open safety alert): 0 when nothing waits, never negative.
 */
public final class RowAges {

	private RowAges() {
	}

	/**
	 * @param query selects the timestamp of the oldest row, {@code order by … limit 1}: not {@code min()}, which over
	 *              no rows is null (and the gauge read NaN)
	 */
	public static double oldestSeconds(JdbcClient jdbc, Clock clock, String query) {
		return jdbc.sql(query)
			.query(Timestamp.class)
			.optional()
			.map(oldest -> (double) Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds()))
			.orElse(0.0);
	}
}
