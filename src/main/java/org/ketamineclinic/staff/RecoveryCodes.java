package org.ketamineclinic.staff;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Single-use recovery codes for when the phone with the authenticator is lost: shown once, stored only as
 * password hashes, each accepted once.
 */
@Component
class RecoveryCodes {

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	RecoveryCodes(JdbcClient jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	/** A fresh set for the account, replacing any earlier one; returns the codes to show once. */
	List<String> replace(long account, int count) {
		jdbc.sql("delete from staff_recovery_code where account = ?").param(account).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String code = newCode();
			codes.add(code);
			jdbc.sql("insert into staff_recovery_code (account, code_hash) values (?, ?)")
				.params(account, encoder.encode(normalise(code)))
				.update();
		}
		return codes;
	}

	/** Uses one code if it matches an unused one; each code works once. */
	boolean use(long account, String typed, Instant now) {
		String code = normalise(typed);
		if (code.length() != 10) {
			return false;
		}
		var unused = jdbc.sql("select id, code_hash from staff_recovery_code where account = ? and used_at is null")
			.param(account)
			.query((rs, row) -> new Stored(rs.getLong("id"), rs.getString("code_hash")))
			.list();
		for (Stored stored : unused) {
			if (encoder.matches(code, stored.hash())) {
				return jdbc.sql("update staff_recovery_code set used_at = ? where id = ? and used_at is null")
					.params(Timestamp.from(now), stored.id())
					.update() == 1;
			}
		}
		return false;
	}

	int remaining(long account) {
		return jdbc.sql("select count(*) from staff_recovery_code where account = ? and used_at is null")
			.param(account)
			.query(Integer.class)
			.single();
	}

	void removeAll(long account) {
		jdbc.sql("delete from staff_recovery_code where account = ?").param(account).update();
	}

	/** "abcde-fghjk": ten characters without look-alikes (no 0/o, 1/l/i), grouped for reading aloud. */
	private static String newCode() {
		var code = new StringBuilder(11);
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	private static String normalise(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

	private record Stored(long id, String hash) {
	}
}
