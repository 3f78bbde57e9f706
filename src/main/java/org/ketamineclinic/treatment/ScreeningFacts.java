package org.ketamineclinic.treatment;

import java.util.Map;

/**
 * Everything a screening recommendation is worked out from: the answers given, and what the chart already knows.
 *
 * @param ageYears             from the date of birth on the chart
 * @param depressiveDiagnosis  whether the chart has an active F32/F33 diagnosis
 * @param ketamineAllergy      whether the chart lists an allergy to ketamine
 * @param failedTrials         adequate antidepressant trials in this episode without ≥50% improvement
 * @param ableToConsent        whether the patient can give informed consent
 * @param restingSystolic      resting blood pressure at screening, or null when not measured
 * @param restingDiastolic     …
 * @param answers              each question's answer (true = yes)
 */
public record ScreeningFacts(int ageYears, boolean depressiveDiagnosis, boolean ketamineAllergy, int failedTrials,
		boolean ableToConsent, Integer restingSystolic, Integer restingDiastolic,
		Map<ScreeningQuestion, Boolean> answers) {

	public ScreeningFacts {
		answers = Map.copyOf(answers);
	}

	public boolean yes(ScreeningQuestion question) {
		return Boolean.TRUE.equals(answers.get(question));
	}
}
