package org.ketamineclinic.treatment;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Eligibility screening ({@code clinic.treatment.screening.*}, DOMAIN.md §2).
 *
 * @param minimumAge            adults only (18)
 * @param minimumFailedTrials   treatment resistance: adequate antidepressant trials without ≥50% improvement in the
 *                              current episode (2, Fava et al. 2018)
 * @param uncontrolledSystolic  a resting systolic pressure above this (180)…
 * @param uncontrolledDiastolic …or a diastolic one above this (100) is uncontrolled hypertension, an exclusion
 * @param validFor              a signed screening older than this must be done again before a new order (365 days)
 */
public record ScreeningSettings(@DefaultValue("18") int minimumAge, @DefaultValue("2") int minimumFailedTrials,
		@DefaultValue("180") int uncontrolledSystolic, @DefaultValue("100") int uncontrolledDiastolic,
		@DefaultValue("365d") Duration validFor) {

	public ScreeningSettings {
		if (minimumAge < 0 || minimumFailedTrials < 0 || validFor.isNegative() || validFor.isZero()) {
			throw new IllegalArgumentException("clinic.treatment.screening: ages, trials and validity cannot be "
					+ "negative");
		}
	}
}
