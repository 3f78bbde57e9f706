package org.ketamineclinic.treatment;

import java.time.Instant;

/**
 * One set of vital signs taken during or after an infusion. Monitors do not measure everything every time (blood
 * pressure every 10 min, SpO2 continuously: DOMAIN.md §3), so any value may be null when it was not measured; the
 * alert rules pass over what is missing and never read it as normal or abnormal.
 *
 * @param takenAt         when the reading was taken
 * @param systolic        systolic blood pressure, mmHg
 * @param diastolic       diastolic blood pressure, mmHg
 * @param heartRate       beats a minute
 * @param spo2            oxygen saturation, percent
 * @param respiratoryRate breaths a minute
 */
public record VitalSigns(Instant takenAt, Integer systolic, Integer diastolic, Integer heartRate, Integer spo2,
		Integer respiratoryRate) {

	public VitalSigns {
		if (takenAt == null) {
			throw new IllegalArgumentException("A reading needs the time it was taken");
		}
		requirePositive(systolic, "Systolic pressure");
		requirePositive(diastolic, "Diastolic pressure");
		requirePositive(heartRate, "Heart rate");
		requirePositive(respiratoryRate, "Respiratory rate");
		if (spo2 != null && (spo2 < 0 || spo2 > 100)) {
			throw new IllegalArgumentException("SpO2 is a percentage from 0 to 100, not " + spo2);
		}
	}

	/** Whether the blood pressure was measured (either number). */
	boolean hasBloodPressure() {
		return systolic != null || diastolic != null;
	}

	/** The blood pressure as charted, "184/112"; a number not measured is written "?". */
	String bloodPressure() {
		return (systolic == null ? "?" : systolic) + "/" + (diastolic == null ? "?" : diastolic);
	}

	private static void requirePositive(Integer value, String name) {
		if (value != null && value <= 0) {
			throw new IllegalArgumentException(name + " must be above 0 when measured, not " + value);
		}
	}
}
