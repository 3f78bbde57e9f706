package org.ketamineclinic.treatment;

/**
 * An order as typed into the prescriber's form.
 *
 * @param infusions      how many infusions the series has
 * @param mgPerKg        the dose
 * @param weightBasis    ACTUAL or IDEAL
 * @param overrideReason why the dose is above the ceiling; ignored within it
 */
public record OrderEntry(String infusions, String mgPerKg, String weightBasis, String infusionMinutes,
		String concentrationMgPerMl, String diluentMl, String overrideReason) {
}
