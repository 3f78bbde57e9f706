package org.ketamineclinic.treatment;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The monitored infusion session ({@code clinic.treatment.session.*}, DOMAIN.md §3).
 *
 * @param startSystolic          a baseline systolic pressure above this (160)…
 * @param startDiastolic         …or a diastolic one above this (100) holds the start until a prescriber overrides
 * @param fastingSolidsHours     no light meal for this long before (ASA: 6 h)
 * @param fastingClearHours      no clear liquids for this long before (ASA: 2 h)
 * @param vitalsEveryDuring      vitals are due this often during the infusion (10 min)
 * @param vitalsEveryAfter       …and this often after it (15 min)
 * @param minimumObservation     discharge no earlier than this after the infusion started (2 h)
 * @param dischargeSystolicWithin   at discharge the systolic pressure is within this of the baseline (20 mmHg)…
 * @param dischargeDiastolicWithin  …the diastolic within this (15 mmHg)…
 * @param dischargeHeartRateWithin  …and the heart rate within this (20 a minute)
 * @param secondCheck            whether a second person checks the dose before the start
 */
public record SessionSettings(@DefaultValue("160") int startSystolic, @DefaultValue("100") int startDiastolic,
		@DefaultValue("6") int fastingSolidsHours, @DefaultValue("2") int fastingClearHours,
		@DefaultValue("10m") Duration vitalsEveryDuring, @DefaultValue("15m") Duration vitalsEveryAfter,
		@DefaultValue("2h") Duration minimumObservation, @DefaultValue("20") int dischargeSystolicWithin,
		@DefaultValue("15") int dischargeDiastolicWithin, @DefaultValue("20") int dischargeHeartRateWithin,
		@DefaultValue("true") boolean secondCheck) {

	public SessionSettings {
		if (vitalsEveryDuring.isZero() || vitalsEveryDuring.isNegative() || vitalsEveryAfter.isZero()
				|| vitalsEveryAfter.isNegative() || minimumObservation.isNegative()) {
			throw new IllegalArgumentException("clinic.treatment.session: intervals must be above 0");
		}
	}
}
