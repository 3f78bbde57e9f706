package org.ketamineclinic.patient;

/**
 * The number a chart is known by on paper and on the phone: the clinic's prefix, six or more digits from a sequence
 * and a Luhn check digit, so that a digit misread or two digits swapped are caught before the wrong chart opens.
 */
public final class MedicalRecordNumber {

	private MedicalRecordNumber() {
	}

	/** "KC1000013" for the sequence number 100001. */
	public static String of(String prefix, long sequence) {
		String digits = Long.toString(sequence);
		return prefix + digits + checkDigit(digits);
	}

	/** Whether the text is a well-formed number with a correct check digit (any prefix). */
	public static boolean looksValid(String text) {
		if (text == null || !text.matches("[A-Z]{1,4}[0-9]{7,}")) {
			return false;
		}
		String digits = text.replaceAll("^[A-Z]+", "");
		return checkDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
	}

	static int checkDigit(String digits) {
		int sum = 0;
		boolean doubled = true;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return (10 - sum % 10) % 10;
	}
}
