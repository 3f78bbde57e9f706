package org.ketamineclinic.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address good enough to write to: one {@code @}, a dotted domain, no spaces, within RFC 5321 lengths.
 * The domain is lower-cased; the local part is kept as typed (it may be case-sensitive).
 *
 * @param value the address
 */
public record EmailAddress(String value) {

	// Deliberately simpler than RFC 5322: people type ordinary addresses, and quoted local parts are rejected by
	// the mail systems we send through anyway.
	private static final Pattern SHAPE = Pattern
		.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	public EmailAddress {
		if (value == null || !isWellFormed(value)) {
			throw new IllegalArgumentException("Not an e-mail address");
		}
	}

	public static Optional<EmailAddress> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.strip();
		int at = trimmed.lastIndexOf('@');
		if (at < 1) {
			return Optional.empty();
		}
		String normalised = trimmed.substring(0, at) + "@" + trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
		return isWellFormed(normalised) ? Optional.of(new EmailAddress(normalised)) : Optional.empty();
	}

	private static boolean isWellFormed(String value) {
		int at = value.lastIndexOf('@');
		return value.length() <= 254 && at > 0 && at <= 64 && !value.contains("..") && !value.startsWith(".")
				&& value.charAt(at - 1) != '.' && SHAPE.matcher(value).matches();
	}

	/** E-mail addresses are personal data: never print them whole. */
	@Override
	public String toString() {
		return "EmailAddress[***@" + value.substring(value.lastIndexOf('@') + 1) + "]";
	}
}
