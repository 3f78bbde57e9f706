package org.ketamineclinic.substances;

import java.util.Locale;

/**
 * A DEA registration number: two letters and seven digits, the last a check digit. The check digit is the last digit
 * of (d1 + d3 + d5) + 2 × (d2 + d4 + d6). A typing error in a supplier's number is caught here, before it is in a
 * record that must stand for years.
 */
public final class DeaNumber {

	private DeaNumber() {
	}

	/** The number as recorded (upper case, no spaces), or null when it is not a valid DEA number. */
	public static String normalise(String typed) {
		if (typed == null) {
			return null;
		}
		String number = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		return isValid(number) ? number : null;
	}

	public static boolean isValid(String number) {
		if (number == null || !number.matches("[A-Z]{2}[0-9]{7}")) {
			return false;
		}
		int[] d = new int[7];
		for (int i = 0; i < 7; i++) {
			d[i] = number.charAt(2 + i) - '0';
		}
		int sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
		return sum % 10 == d[6];
	}
}
