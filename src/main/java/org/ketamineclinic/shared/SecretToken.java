package org.ketamineclinic.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A secret put in a link (a calendar feed, a booking link): 256 random bits, URL-safe. Only its SHA-256 is stored,
 * so a copy of the database opens nothing; 256 bits need no slow hash.
 *
 * @param value the token as it appears in the link
 */
public record SecretToken(String value) {

	private static final SecureRandom RANDOM = new SecureRandom();

	public static SecretToken random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** The hex SHA-256 stored in place of the token. */
	public String hash() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** Whether a string from a URL can be a token at all (saves a query for junk). */
	public static boolean looksValid(String candidate) {
		return candidate != null && candidate.matches("[A-Za-z0-9_-]{43}");
	}

	@Override
	public String toString() {
		return "SecretToken[****]";
	}
}
