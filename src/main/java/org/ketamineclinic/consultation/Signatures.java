package org.ketamineclinic.consultation;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA256) for the form: signed form tokens, the thank-you cookie, and one-way hashes of IP
 * addresses and entries. The key is made once and kept in the database, so every app instance and every restart
 * agrees on it without any configuration.
 */
@Component
class Signatures {

	private final JdbcClient jdbc;

	private volatile SecretKeySpec key;

	Signatures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Hex HMAC of {@code text} within {@code purpose}, so that a value signed for one use is no good for another. */
	String sign(String purpose, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key());
			return HexFormat.of().formatHex(mac.doFinal((purpose + ":" + text).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	boolean verify(String purpose, String text, String signature) {
		return signature != null && MessageDigest.isEqual(sign(purpose, text).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	private SecretKeySpec key() {
		SecretKeySpec current = key;
		if (current == null) {
			byte[] fresh = new byte[32];
			new SecureRandom().nextBytes(fresh);
			// First instance to get here wins; everyone reads the winner's key.
			jdbc.sql("insert into consultation_secret (name, secret) values ('form', ?) on conflict (name) do nothing")
				.param(fresh)
				.update();
			byte[] stored = jdbc.sql("select secret from consultation_secret where name = 'form'")
				.query(byte[].class)
				.single();
			current = new SecretKeySpec(stored, "HmacSHA256");
			key = current;
		}
		return current;
	}
}
