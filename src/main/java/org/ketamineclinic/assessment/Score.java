package org.ketamineclinic.assessment;

import java.util.List;

/**
 * The result of scoring one completed (or abandoned) questionnaire.
 *
 * @param total the sum of the items (PHQ-9, GAD-7, MADRS); null when not scorable and always for the C-SSRS screener
 * @param band the severity band's label ("moderately severe"); null when there is no total
 * @param scorable every shown item was answered
 * @param missing keys of shown items left unanswered, in the order they are asked
 * @param risk the C-SSRS screener's risk level; null for other instruments, and for an unfinished screener with no
 * "yes" yet. Set from the answers given even when the screener is unfinished: a "yes" to intent is high risk whether
 * or not question 6 was answered.
 * @param selfHarmAnswered the suicidal-thoughts item (PHQ-9 item 9, MADRS item 10) answered above its lowest step
 * (the DOMAIN.md §4 rule for the PHQ-9), for templates and lists
 * @param selfHarm the suicidal-thoughts item's answer: PHQ-9 item 9 (0–3) or MADRS item 10 (0–6); null if unanswered
 * or for the other instruments. Kept beside the flag so that
 * {@link SafetyRule} can apply the configured threshold, and set even when other items are missing: a person who
 * stops after item 9 still needs the alert.
 */
public record Score(InstrumentCode code, Integer total, String band, boolean scorable, List<String> missing,
		RiskLevel risk, boolean selfHarmAnswered, Integer selfHarm) {

	public Score {
		missing = List.copyOf(missing);
	}
}
