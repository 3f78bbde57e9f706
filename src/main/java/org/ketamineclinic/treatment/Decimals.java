package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding to a configured step and writing numbers for a prescriber. A quotient is rounded once, exactly (half up),
 * so that the result never depends on an intermediate precision. Numbers are written without trailing zeros and with
 * a leading zero ("0.5 mg/kg", "36 mg", never "36.0 mg"): ISMP's list of error-prone notations, since "1.0 mg" is read
 * as "10 mg".
 */
final class Decimals {

	private Decimals() {
	}

	/** {@code value} rounded half up to a multiple of {@code step}. */
	static BigDecimal round(BigDecimal value, BigDecimal step) {
		return quotient(value, BigDecimal.ONE, step);
	}

	/** {@code dividend ÷ divisor}, rounded half up to a multiple of {@code step}. */
	static BigDecimal quotient(BigDecimal dividend, BigDecimal divisor, BigDecimal step) {
		return dividend.divide(divisor.multiply(step), 0, RoundingMode.HALF_UP).multiply(step);
	}

	/** The number as a prescriber reads it: "0.5", "36.2", "100". */
	static String plain(BigDecimal value) {
		return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
	}
}
