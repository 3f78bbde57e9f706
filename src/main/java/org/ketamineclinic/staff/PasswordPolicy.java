package org.ketamineclinic.staff;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable (NIST SP 800-63B, OWASP ASVS 2.1): long enough, not absurdly long, and not a
 * known common or breached password. No composition rules: they make passwords harder to remember, not to guess.
 */
@Component
class PasswordPolicy {

	private final StaffProperties properties;

	private final CommonPasswords common;

	PasswordPolicy(StaffProperties properties) {
		this.properties = properties;
		this.common = CommonPasswords.load(properties.minimumPasswordLength());
	}

	/** Why this password is refused, in words for the person choosing it; empty when it is fine. */
	Optional<String> problemWith(String password, String email) {
		int length = password == null ? 0 : password.codePointCount(0, password.length());
		if (length < properties.minimumPasswordLength()) {
			return Optional.of("Use at least " + properties.minimumPasswordLength()
					+ " characters. A few unrelated words make a long password that is easy to remember.");
		}
		if (length > properties.maximumPasswordLength()) {
			return Optional.of("Use at most " + properties.maximumPasswordLength() + " characters.");
		}
		if (common.contains(password)) {
			return Optional.of("This password is on a list of common or leaked passwords. Choose another one.");
		}
		if (email != null && password.equalsIgnoreCase(email)) {
			return Optional.of("Your password must not be your e-mail address.");
		}
		return Optional.empty();
	}
}
