package org.ketamineclinic.assessment;

import java.time.Instant;

/**
 * One stored questionnaire, as another module may know it: whose, which, its score and when.
 *
 * @param total null when not scorable, and for the C-SSRS screener
 */
public record CompletedQuestionnaire(long id, long patientId, InstrumentCode instrument, Integer total,
		Instant submittedAt) {
}
