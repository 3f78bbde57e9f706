package org.ketamineclinic.consultation;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The signed render time carried by each form ("{millis}.{signature}"). It tells how long a person spent on the
 * form, which no bot can fake without the server's key.
 */
@Component
class FormTokens {

	private static final String PURPOSE = "form-rendered";

	private final Signatures signatures;

	FormTokens(Signatures signatures) {
		this.signatures = signatures;
	}

	String issue(Instant now) {
		String millis = Long.toString(now.toEpochMilli());
		return millis + "." + signatures.sign(PURPOSE, millis);
	}

	/** How long ago the form was rendered, or null when the token is missing or not ours. */
	Duration age(String token, Instant now) {
		if (token == null || token.length() > 100) {
			return null;
		}
		int dot = token.indexOf('.');
		if (dot < 1) {
			return null;
		}
		String millis = token.substring(0, dot);
		if (!millis.chars().allMatch(Character::isDigit) || !signatures.verify(PURPOSE, millis, token.substring(dot + 1))) {
			return null;
		}
		return Duration.between(Instant.ofEpochMilli(Long.parseLong(millis)), now);
	}
}
