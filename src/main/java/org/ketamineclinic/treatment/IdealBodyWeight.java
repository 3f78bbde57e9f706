package org.ketamineclinic.treatment;

import java.math.BigDecimal;

/**
 * Ideal body weight by the Devine formula (1974), the one drug-dosing references use: 50 kg for men and 45.5 kg for
 * women, plus 2.3 kg per inch of height over 5 ft. These are the formula's own constants, not clinic settings. The
 * formula is not defined below 5 ft, so the calculator refuses it there rather than guess. The height in inches is
 * rounded to hundredths before use, so the line the prescriber reads gives the same result by hand.
 *
 * @param kg      the ideal body weight, to a tenth of a kilogram
 * @param formula how it was found, e.g. "Ideal body weight (Devine, male) = 50 kg + 2.3 kg × (70.87 in − 60 in) = 75
 *                kg"
 */
record IdealBodyWeight(BigDecimal kg, String formula) {

	private static final BigDecimal CM_PER_INCH = new BigDecimal("2.54");

	private static final BigDecimal FIVE_FEET_IN_INCHES = new BigDecimal("60");

	private static final BigDecimal FIVE_FEET_IN_CM = FIVE_FEET_IN_INCHES.multiply(CM_PER_INCH);

	private static final BigDecimal KG_PER_INCH = new BigDecimal("2.3");

	private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

	private static final BigDecimal TENTH = new BigDecimal("0.1");

	/** Whether the formula covers this height (5 ft, 152.4 cm, or more). */
	static boolean definedFor(BigDecimal heightCm) {
		return heightCm.compareTo(FIVE_FEET_IN_CM) >= 0;
	}

	static IdealBodyWeight of(Sex sex, BigDecimal heightCm) {
		if (!definedFor(heightCm)) {
			throw new DoseRefusal("The Devine formula for ideal body weight starts at 5 ft (152.4 cm); at "
					+ Decimals.plain(heightCm) + " cm, order on actual weight.");
		}
		BigDecimal inches = Decimals.quotient(heightCm, CM_PER_INCH, HUNDREDTH);
		BigDecimal base = base(sex);
		BigDecimal kg = Decimals.round(base.add(KG_PER_INCH.multiply(inches.subtract(FIVE_FEET_IN_INCHES))), TENTH);
		String formula = "Ideal body weight (Devine, %s) = %s kg + %s kg × (%s in − %s in) = %s kg".formatted(
				sex == Sex.MALE ? "male" : "female", Decimals.plain(base), Decimals.plain(KG_PER_INCH),
				Decimals.plain(inches), Decimals.plain(FIVE_FEET_IN_INCHES), Decimals.plain(kg));
		return new IdealBodyWeight(kg, formula);
	}

	private static BigDecimal base(Sex sex) {
		return switch (sex) {
			case MALE -> new BigDecimal("50");
			case FEMALE -> new BigDecimal("45.5");
		};
	}
}
