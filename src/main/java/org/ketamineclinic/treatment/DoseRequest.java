package org.ketamineclinic.treatment;

import java.math.BigDecimal;

/**
 * What the calculator needs from a prescriber's order and the day's measurements. The prescriber orders mg/kg; mg,
 * volumes and the pump rate follow from the weight measured that day and the concentration drawn up (DOMAIN.md §3).
 *
 * @param mgPerKg              the ordered dose
 * @param basis                the weight the dose multiplies
 * @param weightKg             the weight measured today
 * @param heightCm             the height, for BMI and ideal body weight
 * @param sex                  for the Devine formula; may be null when the basis is the actual weight
 * @param concentrationMgPerMl the ketamine concentration drawn up, e.g. 10 mg/mL
 * @param infusionMinutes      how long the infusion runs
 * @param diluentMl            the bag the dose is diluted into, e.g. 100 mL; null (or 0) when the drug runs undiluted
 */
public record DoseRequest(BigDecimal mgPerKg, WeightBasis basis, BigDecimal weightKg, BigDecimal heightCm, Sex sex,
		BigDecimal concentrationMgPerMl, int infusionMinutes, BigDecimal diluentMl) {

	/** The diluent volume, 0 when there is none. */
	BigDecimal diluent() {
		return diluentMl == null ? BigDecimal.ZERO : diluentMl;
	}
}
