package org.ketamineclinic.scheduling;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Booked infusions starting in a window of time, as ids only (no one's name or details): what other modules need to
 * act ahead of a visit, such as sending the questionnaires the day before.
 */
@Component
public class UpcomingInfusions {

	/** An infusion appointment: which, whose (their consultation request) and when. */
	public record Infusion(long appointment, long person, Instant start) {
	}

	private final JdbcClient jdbc;

	UpcomingInfusions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Booked infusion visits (series and boosters) starting from {@code from} (inclusive) to {@code to}. */
	public List<Infusion> between(Instant from, Instant to) {
		return jdbc.sql("""
				select id, consultation_request, starts_at from appointment
				where type in ('INFUSION', 'BOOSTER') and status = 'BOOKED' and starts_at >= ? and starts_at < ?
				order by starts_at""")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new Infusion(rs.getLong("id"), rs.getLong("consultation_request"),
					rs.getTimestamp("starts_at").toInstant()))
			.list();
	}
}
