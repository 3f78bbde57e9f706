package org.ketamineclinic.assessment;

import java.time.Instant;

/**
 * A questionnaire a patient answered, as its score.
 *
 * @param total null when not scorable (or for the C-SSRS)
 * @param risk  the C-SSRS risk, or null
 */
public record ScoredResponse(long id, InstrumentCode instrument, Instant submittedAt, Integer total, String band,
		RiskLevel risk, boolean safetyConcern) {
}
