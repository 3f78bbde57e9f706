package org.ketamineclinic.staff;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing. After a few free failures for one e-mail address (or one account's second factor), each
 * further failure doubles the wait, never beyond {@code longestThrottle}: an attacker cannot lock a colleague out for
 * long. One source address that fails very often must wait until its window has passed. Failures live in PostgreSQL,
 * so every app instance counts the same.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final StaffProperties properties;

	SignInThrottle(JdbcClient jdbc, StaffProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	static String emailKey(String email) {
		return key("email:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT)));
	}

	static String codeKey(long account) {
		return key("code:" + account);
	}

	static String addressKey(String ip) {
		return key("ip:" + ip);
	}

	/** How long this attempt must wait, if it must. */
	Optional<Duration> waitFor(String subjectKey, String ip, Instant now) {
		Instant since = now.minus(properties.addressWindow());
		var fromAddress = failures(addressKey(ip), since);
		if (fromAddress.count() >= properties.failuresPerAddress()) {
			return Optional.of(Duration.between(now, fromAddress.first().plus(properties.addressWindow())));
		}
		var forSubject = failures(subjectKey, now.minus(properties.longestThrottle().multipliedBy(2)));
		int beyond = forSubject.count() - properties.freeFailures() + 1;
		if (beyond <= 0) {
			return Optional.empty();
		}
		long seconds = Math.min(properties.longestThrottle().toSeconds(), 1L << Math.min(beyond + 1, 30));
		Instant until = forSubject.last().plusSeconds(seconds);
		return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
	}

	void failed(String subjectKey, String ip, Instant now) {
		Timestamp at = Timestamp.from(now);
		jdbc.sql("insert into staff_sign_in_failure (source_key, failed_at) values (?, ?), (?, ?)")
			.params(subjectKey, at, addressKey(ip), at)
			.update();
		// Old failures no longer count: keep the table small.
		jdbc.sql("delete from staff_sign_in_failure where failed_at < ?")
			.param(Timestamp.from(now.minus(properties.longestThrottle().multipliedBy(2)).minus(properties.addressWindow())))
			.update();
	}

	/** The right person got in: their earlier typos no longer count against them. */
	void succeeded(String subjectKey) {
		jdbc.sql("delete from staff_sign_in_failure where source_key = ?").param(subjectKey).update();
	}

	private Failures failures(String key, Instant since) {
		return jdbc.sql("""
				select count(*) as n, min(failed_at) as first, max(failed_at) as last from staff_sign_in_failure
				where source_key = ? and failed_at >= ?""")
			.params(key, Timestamp.from(since))
			.query((rs, row) -> new Failures(rs.getInt("n"),
					rs.getTimestamp("first") == null ? null : rs.getTimestamp("first").toInstant(),
					rs.getTimestamp("last") == null ? null : rs.getTimestamp("last").toInstant()))
			.single();
	}

	private static String key(String text) {
		return StaffLinks.hash(text);
	}

	private record Failures(int count, Instant first, Instant last) {
	}
}
