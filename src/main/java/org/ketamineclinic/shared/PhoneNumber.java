package org.ketamineclinic.shared;

import java.util.Objects;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * A phone number that can be dialled and texted, always held in E.164 form ({@code +12065550142}).
 *
 * @param e164 the number in E.164 form
 */
public record PhoneNumber(String e164) {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	public PhoneNumber {
		Objects.requireNonNull(e164, "e164");
		if (!e164.matches("\\+[1-9]\\d{6,14}")) {
			throw new IllegalArgumentException("Not an E.164 number");
		}
	}

	/**
	 * Parses what a person typed ("(206) 555-0142", "206.555.0142", "+1 206 555 0142"), taking {@code defaultRegion}
	 * (ISO 3166 code such as "US") for numbers written without a country code.
	 *
	 * @return the number, or empty when it is not a possible phone number of a real numbering plan
	 */
	public static Optional<PhoneNumber> parse(String text, String defaultRegion) {
		if (text == null || text.isBlank() || text.length() > 40) {
			return Optional.empty();
		}
		try {
			var parsed = UTIL.parse(text, defaultRegion);
			if (!UTIL.isValidNumber(parsed)) {
				return Optional.empty();
			}
			return Optional.of(new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164)));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/** The number as people in its own country write it: "(206) 555-0142". */
	public String national() {
		return UTIL.format(parsed(), PhoneNumberFormat.NATIONAL);
	}

	/** A {@code tel:} link target. */
	public String telUri() {
		return "tel:" + e164;
	}

	private com.google.i18n.phonenumbers.Phonenumber.PhoneNumber parsed() {
		try {
			return UTIL.parse(e164, null);
		}
		catch (NumberParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Phone numbers are personal data: never print them whole. */
	@Override
	public String toString() {
		return "PhoneNumber[***" + e164.substring(e164.length() - 2) + "]";
	}
}
