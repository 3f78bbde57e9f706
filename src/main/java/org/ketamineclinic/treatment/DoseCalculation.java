package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.util.List;

/**
 * A dose worked out from an order, with every step written out ({@link #formula()}) so that the prescriber and the
 * nurse can check it by hand before it runs. Quantities are already rounded to the configured steps.
 *
 * @param mgPerKg            the ordered dose
 * @param basis              the weight basis used: ACTUAL when ideal body weight was asked for but is not lower
 * @param basisWeightKg      the weight the dose was multiplied by
 * @param bmi                body-mass index from today's weight, to a tenth
 * @param idealWeightOffered whether the BMI reaches the level from which ideal body weight is offered
 * @param mg                 the dose in mg
 * @param drugMl             the volume of ketamine to draw up
 * @param totalMl            the volume infused: the drug plus any diluent
 * @param rateMlPerHour      the pump rate
 * @param aboveCeiling       whether the order is above the ceiling, so {@link #order(String)} needs a reason
 * @param ceilingMgPerKg     the ceiling in force
 * @param formula            each step in words and numbers, e.g. "0.5 mg/kg × 72.4 kg = 36.2 mg"
 */
public record DoseCalculation(BigDecimal mgPerKg, WeightBasis basis, BigDecimal basisWeightKg, BigDecimal bmi,
		boolean idealWeightOffered, BigDecimal mg, BigDecimal drugMl, BigDecimal totalMl, BigDecimal rateMlPerHour,
		boolean aboveCeiling, BigDecimal ceilingMgPerKg, List<String> formula) {

	public DoseCalculation {
		formula = List.copyOf(formula);
	}

	/**
	 * The order to sign; refused ({@link DoseRefusal}) above the ceiling without a reason.
	 *
	 * @param overrideReason the prescriber's reason for going above the ceiling; ignored within it, may be null
	 */
	public DoseOrder order(String overrideReason) {
		return new DoseOrder(this, overrideReason);
	}
}
