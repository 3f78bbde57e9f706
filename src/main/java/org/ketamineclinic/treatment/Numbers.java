package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.util.Map;

/** Reads numbers typed into treatment forms, noting what is wrong in words instead of throwing at the first. */
final class Numbers {

	private Numbers() {
	}

	static Integer whole(String text, int min, int max, String field, String label, Map<String, String> problems) {
		if (text == null || text.isBlank()) {
			problems.put(field, "Enter " + label + ".");
			return null;
		}
		try {
			int value = Integer.parseInt(text.strip());
			if (value < min || value > max) {
				problems.put(field, "%s of %d is outside %d–%d: check the entry.".formatted(capital(label), value, min,
						max));
				return null;
			}
			return value;
		}
		catch (NumberFormatException e) {
			problems.put(field, "Enter " + label + " as a whole number.");
			return null;
		}
	}

	static BigDecimal decimal(String text, BigDecimal min, BigDecimal max, String field, String label, String unit,
			Map<String, String> problems) {
		if (text == null || text.isBlank()) {
			problems.put(field, "Enter " + label + " in " + unit + ".");
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(text.strip().replace(',', '.'));
			if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
				problems.put(field, "%s of %s %s is outside %s–%s %s: check the entry.".formatted(capital(label),
						value.toPlainString(), unit, min.toPlainString(), max.toPlainString(), unit));
				return null;
			}
			return value;
		}
		catch (NumberFormatException e) {
			problems.put(field, "Enter " + label + " as a number of " + unit + ".");
			return null;
		}
	}

	private static String capital(String label) {
		return Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}
}
