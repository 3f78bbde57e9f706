package org.ketamineclinic.assessment;

import java.time.Instant;
import java.util.Map;

/**
 * One stored questionnaire with the answers as the patient gave them, for exports that must carry every item rather
 * than only the score.
 *
 * @param answers item key ("phq9_1") to the value picked; only the questions shown and answered
 * @param total   null when not scorable, and always for the C-SSRS screener
 * @param band    the severity band of the total, or null
 * @param risk    the C-SSRS screener's risk level, or null
 * @param source  where it was answered: LINK (the patient's own phone) or TABLET (in clinic)
 */
public record AnsweredQuestionnaire(long id, InstrumentCode instrument, Map<String, Integer> answers, Integer total,
		String band, RiskLevel risk, Instant submittedAt, String source) {

	public AnsweredQuestionnaire {
		answers = Map.copyOf(answers);
	}
}
