package org.ketamineclinic.patient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ketamineclinic.shared.EmailAddress;
import org.ketamineclinic.shared.PhoneNumber;

/**
 * Reads what someone typed into a chart form, field by field, collecting every problem at once so that the form
 * comes back with all of them (not one per attempt). {@link #done()} refuses when any was found.
 */
final class EntryCheck {

	private final Map<String, String> problems = new LinkedHashMap<>();

	String required(String field, String value, int maxLength, String label) {
		String text = optional(field, value, maxLength, label);
		if (text == null && !problems.containsKey(field)) {
			problems.put(field, "Enter " + label + ".");
		}
		return text;
	}

	/** The stripped text, or null when blank. */
	String optional(String field, String value, int maxLength, String label) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > maxLength) {
			problems.put(field, capitalised(label) + " is too long: at most " + maxLength + " characters.");
			return null;
		}
		return text;
	}

	LocalDate date(String field, String value, String label) {
		if (value == null || value.isBlank()) {
			problems.put(field, "Enter " + label + ".");
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			problems.put(field, "Enter " + label + " as a date, for example 1984-03-27.");
			return null;
		}
	}

	BigDecimal number(String field, String value, BigDecimal min, BigDecimal max, String label, String unit) {
		if (value == null || value.isBlank()) {
			problems.put(field, "Enter " + label + " in " + unit + ".");
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(value.strip().replace(',', '.'));
			if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
				problems.put(field, "%s of %s %s is outside %s–%s %s: check the entry.".formatted(capitalised(label),
						number.toPlainString(), unit, min.toPlainString(), max.toPlainString(), unit));
				return null;
			}
			return number;
		}
		catch (NumberFormatException e) {
			problems.put(field, "Enter " + label + " as a number of " + unit + ", for example 72.5.");
			return null;
		}
	}

	String phone(String field, String value, boolean required, String label) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.put(field, "Enter " + label + ".");
			}
			return null;
		}
		var phone = PhoneNumber.parse(value, "US");
		if (phone.isEmpty()) {
			problems.put(field, "Enter " + label + " as a phone number, for example (206) 555-0142.");
			return null;
		}
		return phone.get().e164();
	}

	String email(String field, String value, boolean required, String label) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.put(field, "Enter " + label + ".");
			}
			return null;
		}
		var email = EmailAddress.parse(value);
		if (email.isEmpty()) {
			problems.put(field, "Enter " + label + " like name@example.com.");
			return null;
		}
		return email.get().value();
	}

	<E extends Enum<E>> E choice(String field, String value, Class<E> type, String label) {
		if (value != null) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(value.strip())) {
					return constant;
				}
			}
		}
		problems.put(field, "Choose " + label + ".");
		return null;
	}

	void problem(String field, String problem) {
		problems.putIfAbsent(field, problem);
	}

	boolean fine(String field) {
		return !problems.containsKey(field);
	}

	void done() {
		if (!problems.isEmpty()) {
			throw new ChartRefusal(problems);
		}
	}

	private static String capitalised(String label) {
		return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}
}
