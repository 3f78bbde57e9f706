package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A signed order. Each infusion works the dose out again from the weight measured that day; {@link #calculation()}
 * is what the prescriber saw when signing.
 *
 * @param discontinuedAt null while the order stands
 */
public record OrderView(long id, long patientId, String program, int infusions, BigDecimal mgPerKg,
		WeightBasis weightBasis, int infusionMinutes, BigDecimal concentrationMgPerMl, BigDecimal diluentMl,
		String overrideReason, BigDecimal weightKgAtOrder, List<String> calculation, String signedBy,
		Instant signedAt, Instant discontinuedAt, String discontinueReason) {

	public boolean active() {
		return discontinuedAt == null;
	}

	/** "0.5 mg/kg (actual weight) over 40 min, 10 mg/mL in 100 mL". */
	public String summary() {
		return "%s mg/kg (%s weight) over %d min, %s mg/mL in %s mL".formatted(Decimals.plain(mgPerKg),
				weightBasis == WeightBasis.IDEAL ? "ideal body" : "actual", infusionMinutes,
				Decimals.plain(concentrationMgPerMl), Decimals.plain(diluentMl));
	}
}
