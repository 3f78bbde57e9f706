package org.ketamineclinic.treatment;

import java.time.Instant;

/**
 * A recorded screening: the facts, the recommendation and, once signed, the prescriber's decision.
 *
 * @param decision null until a prescriber signs
 */
public record ScreeningView(long id, long patientId, ScreeningFacts facts, ScreeningOutcome outcome,
		Instant recordedAt, String recordedBy, ScreeningDecision decision, String decisionNote, String decidedBy,
		Instant decidedAt) {

	public boolean signed() {
		return decision != null;
	}

	public boolean approved() {
		return decision == ScreeningDecision.APPROVED;
	}
}
