package org.ketamineclinic.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time passwords (RFC 6238): 6 digits, 30-second steps, HMAC-SHA1 (what every authenticator app
 * supports). A code from the step before or after also counts, for clocks that drift a little.
 */
final class Totp {

	private static final SecureRandom random = new SecureRandom();

	private static final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();

	private static final long STEP_SECONDS = generator.getTimeStep().toSeconds();

	private Totp() {
	}

	/** A new 160-bit secret (RFC 4226 recommends 160 bits), Base32-encoded. */
	static String newSecret() {
		byte[] secret = new byte[20];
		random.nextBytes(secret);
		return Base32.encode(secret);
	}

	/** The step whose code this is, within one step either side of {@code now}; empty when it matches none. */
	static OptionalLong matchingStep(String base32Secret, String code, Instant now) {
		String digits = code == null ? "" : code.replaceAll("\\s", "");
		if (!digits.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		var key = new SecretKeySpec(Base32.decode(base32Secret), generator.getAlgorithm());
		long current = now.getEpochSecond() / STEP_SECONDS;
		OptionalLong matched = OptionalLong.empty();
		for (long step = current - 1; step <= current + 1; step++) {
			String expected = codeAt(key, step);
			// Compare every candidate in constant time, so timing tells nothing about which digits were right.
			if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
					digits.getBytes(StandardCharsets.US_ASCII)) && matched.isEmpty()) {
				matched = OptionalLong.of(step);
			}
		}
		return matched;
	}

	/** The code for {@code instant}: what the person's app shows (tests use it as their "phone"). */
	static String codeAt(String base32Secret, Instant instant) {
		var key = new SecretKeySpec(Base32.decode(base32Secret), generator.getAlgorithm());
		return codeAt(key, instant.getEpochSecond() / STEP_SECONDS);
	}

	private static String codeAt(SecretKeySpec key, long step) {
		try {
			// ASCII digits whatever the server's locale: a code is compared byte for byte with what people type.
			return generator.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP_SECONDS), Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("A TOTP secret could not be used as an HMAC key", ex);
		}
	}

	/** The otpauth:// URI authenticator apps read from the QR code (Key Uri Format). */
	static String provisioningUri(String issuer, String accountName, String base32Secret) {
		String label = encode(issuer) + ":" + encode(accountName);
		return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=" + STEP_SECONDS;
	}

	/** The secret in groups of four, as people type it into an app by hand. */
	static String grouped(String base32Secret) {
		return base32Secret.replaceAll("(.{4})(?!$)", "$1 ");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
