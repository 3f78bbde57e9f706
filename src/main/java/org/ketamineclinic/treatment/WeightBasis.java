package org.ketamineclinic.treatment;

/**
 * The weight an order in mg/kg is multiplied by. The APA consensus statement (Sanacora et al., JAMA Psychiatry 2017)
 * suggests ideal body weight for people with obesity, so that a high actual weight does not scale the dose up with
 * it; the calculator offers it from the configured BMI, and the prescriber chooses.
 */
public enum WeightBasis {

	/** The weight measured on the day of the infusion. */
	ACTUAL,

	/** Ideal body weight by the Devine formula, or the actual weight when that is lower. */
	IDEAL
}
