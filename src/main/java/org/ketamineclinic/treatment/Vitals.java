package org.ketamineclinic.treatment;

import java.time.Instant;
import java.util.Map;

/** Reads a set of vitals typed at the chair, with the plausible ranges a monitor can show. */
final class Vitals {

	private Vitals() {
	}

	/** The reading; at least one value; {@code required} values must be there (the baseline needs BP, HR, SpO2). */
	static VitalSigns read(VitalsEntry entry, Instant at, boolean required, Map<String, String> problems) {
		Integer systolic = optional(entry.systolic(), 40, 300, "systolic", "the systolic pressure", required, problems);
		Integer diastolic = optional(entry.diastolic(), 20, 200, "diastolic", "the diastolic pressure", required,
				problems);
		Integer heart = optional(entry.heartRate(), 20, 250, "heartRate", "the heart rate", required, problems);
		Integer spo2 = optional(entry.spo2(), 50, 100, "spo2", "the SpO2", required, problems);
		Integer breaths = optional(entry.respiratoryRate(), 2, 60, "respiratoryRate", "the respiratory rate", false,
				problems);
		if ((systolic == null) != (diastolic == null) && problems.isEmpty()) {
			problems.put(systolic == null ? "systolic" : "diastolic", "Enter both blood pressure numbers.");
		}
		if (systolic != null && diastolic != null && diastolic >= systolic) {
			problems.put("diastolic", "The diastolic pressure must be below the systolic: check the entry.");
		}
		if (systolic == null && diastolic == null && heart == null && spo2 == null && breaths == null
				&& problems.isEmpty()) {
			problems.put("systolic", "Enter at least one measurement.");
		}
		return problems.isEmpty() ? new VitalSigns(at, systolic, diastolic, heart, spo2, breaths) : null;
	}

	private static Integer optional(String text, int min, int max, String field, String label, boolean required,
			Map<String, String> problems) {
		if (text == null || text.isBlank()) {
			if (required) {
				problems.put(field, "Enter " + label + ".");
			}
			return null;
		}
		return Numbers.whole(text, min, max, field, label, problems);
	}
}
