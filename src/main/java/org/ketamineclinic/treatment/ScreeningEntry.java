package org.ketamineclinic.treatment;

import java.util.Map;

/**
 * A screening as typed into the form.
 *
 * @param failedTrials     a whole number
 * @param ableToConsent    "true" or "false"
 * @param restingSystolic  optional, with the diastolic
 * @param answers          question name → "yes" or "no"; every question must be answered
 */
public record ScreeningEntry(String failedTrials, String ableToConsent, String restingSystolic,
		String restingDiastolic, Map<String, String> answers) {

	public ScreeningEntry {
		answers = answers == null ? Map.of() : Map.copyOf(answers);
	}
}
