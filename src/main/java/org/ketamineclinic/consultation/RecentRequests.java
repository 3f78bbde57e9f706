package org.ketamineclinic.consultation;

import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts recent requests from one address and for one phone number, for the rate limits. Each count stops at its
 * limit (a limit of 0 means no limit and no count), so the cost stays the same however many requests one address
 * has sent: a flood cannot make every later request slower.
 */
@Component
class RecentRequests {

	private final JdbcClient jdbc;

	RecentRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Counts count(String ipHash, String phoneE164, Instant now, int ipLimit, int phoneLimit) {
		if (ipLimit <= 0 && phoneLimit <= 0) {
			return new Counts(0, 0);
		}
		return jdbc.sql("""
				select (select count(*) from (select 1 from consultation_request
				          where client_ip_hash = :ip and received_at >= :hourAgo limit :ipLimit) a) as from_address,
				       (select count(*) from (select 1 from consultation_request
				          where phone_e164 = :phone and received_at >= :dayAgo limit :phoneLimit) p) as for_phone
				""")
			.param("ip", ipHash)
			.param("hourAgo", java.sql.Timestamp.from(now.minus(Duration.ofHours(1))))
			.param("ipLimit", Math.max(ipLimit, 0))
			.param("phone", phoneE164)
			.param("dayAgo", java.sql.Timestamp.from(now.minus(Duration.ofDays(1))))
			.param("phoneLimit", Math.max(phoneLimit, 0))
			.query((rs, row) -> new Counts(rs.getInt("from_address"), rs.getInt("for_phone")))
			.single();
	}

	/**
	 * @param fromAddressLastHour requests from the address in the past hour, counted up to the limit
	 * @param forPhoneLastDay     requests for the phone in the past day, counted up to the limit
	 */
	record Counts(int fromAddressLastHour, int forPhoneLastDay) {
	}
}
