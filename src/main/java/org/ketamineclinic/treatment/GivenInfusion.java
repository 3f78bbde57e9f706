package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An infusion that was given, as the outcome analytics know it: whose, where, under which order and when.
 *
 * @param program         the ordered program (SERIES, BOOSTER…)
 * @param plannedInfusions how many infusions the order's series has
 * @param mgPerKg          the ordered dose
 */
public record GivenInfusion(long sessionId, long patientId, String clinic, long orderId, String program,
		int plannedInfusions, BigDecimal mgPerKg, Instant startedAt, BigDecimal administeredMg) {
}
