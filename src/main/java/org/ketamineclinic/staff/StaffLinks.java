package org.ketamineclinic.staff;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.ketamineclinic.shared.SecretToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time links for setting up an account: 256 random bits in the link, only their SHA-256 in the database, used
 * once, and only until they expire.
 */
@Component
class StaffLinks {

	enum Purpose {
		SETUP, INVITATION, ENROLMENT
	}

	/**
	 * @param tokenHash      the key of the link's row
	 * @param purpose        what it is for
	 * @param account        the account it sets up, or null for the first administrator's setup
	 * @param pendingSecret  the authenticator secret shown on its page so far, or null
	 */
	record Link(String tokenHash, Purpose purpose, Long account, String pendingSecret) {
	}

	private final JdbcClient jdbc;

	StaffLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new link's token; any earlier unused link for the same account (or setup) stops working. */
	String issue(Purpose purpose, Long account, Instant now, Duration validity) {
		String token = SecretToken.random().value();
		revokeOpen(purpose, account, now);
		jdbc.sql("""
				insert into staff_link (token_hash, purpose, account, created_at, expires_at)
				values (?, ?, ?, ?, ?)""")
			.params(hash(token), purpose.name(), account, Timestamp.from(now), Timestamp.from(now.plus(validity)))
			.update();
		return token;
	}

	/** The link behind a token, while it is unused and unexpired. */
	Optional<Link> find(String token, Instant now) {
		if (!SecretToken.looksValid(token)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select token_hash, purpose, account, pending_totp_secret from staff_link
				where token_hash = ? and used_at is null and expires_at > ?""")
			.params(hash(token), Timestamp.from(now))
			.query((rs, row) -> new Link(rs.getString("token_hash"), Purpose.valueOf(rs.getString("purpose")),
					rs.getObject("account", Long.class), rs.getString("pending_totp_secret")))
			.optional();
	}

	void rememberSecret(Link link, String secret) {
		jdbc.sql("update staff_link set pending_totp_secret = ? where token_hash = ?")
			.params(secret, link.tokenHash())
			.update();
	}

	/** Marks the link used; false when someone else used it first (two tabs, or a replay). */
	boolean use(Link link, Instant now) {
		return jdbc.sql("update staff_link set used_at = ?, pending_totp_secret = null "
				+ "where token_hash = ? and used_at is null")
			.params(Timestamp.from(now), link.tokenHash())
			.update() == 1;
	}

	void revokeOpen(Purpose purpose, Long account, Instant now) {
		jdbc.sql("""
				update staff_link set used_at = ?, pending_totp_secret = null
				where used_at is null and purpose = ? and account is not distinct from ?""")
			.params(Timestamp.from(now), purpose.name(), account)
			.update();
	}

	/** SHA-256 of a text (UTF-8), in hex: link tokens here, throttle keys in {@link SignInThrottle}. */
	static String hash(String token) {
		return new SecretToken(token).hash();
	}
}
