package org.ketamineclinic.treatment;

/**
 * A calculated dose ready for the prescriber's signature. It cannot exist for a dose above the configured ceiling
 * without the prescriber's reason (DOMAIN.md §3: the ceiling is hard, an override is a recorded decision); within the
 * ceiling there is nothing to override, and no reason is kept.
 *
 * @param calculation    the dose, volumes, pump rate and how they were found
 * @param overrideReason why the prescriber orders above the ceiling; null when the dose is within it
 */
public record DoseOrder(DoseCalculation calculation, String overrideReason) {

	public DoseOrder {
		if (!calculation.aboveCeiling()) {
			overrideReason = null;
		}
		else if (overrideReason == null || overrideReason.isBlank()) {
			throw new DoseRefusal("%s mg/kg is above the ceiling of %s mg/kg: give the reason for the override."
				.formatted(Decimals.plain(calculation.mgPerKg()), Decimals.plain(calculation.ceilingMgPerKg())));
		}
		else {
			overrideReason = overrideReason.strip();
		}
	}
}
