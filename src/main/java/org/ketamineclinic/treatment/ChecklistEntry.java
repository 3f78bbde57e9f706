package org.ketamineclinic.treatment;

/**
 * The pre-infusion checklist as typed: identity, fasting, escort, pregnancy test, today's weight and the baseline
 * vitals.
 *
 * @param identityConfirmed "true" when name and date of birth were checked against the wristband or ID
 * @param fastingConfirmed  "true" when the patient kept the clinic's fasting rules
 * @param pregnancyTest     a {@link PregnancyTest} name
 */
public record ChecklistEntry(String identityConfirmed, String fastingConfirmed, String escortName,
		String escortPhone, String pregnancyTest, String weightKg, String systolic, String diastolic,
		String heartRate, String spo2, String respiratoryRate) {

	@Override
	public String toString() {
		return "ChecklistEntry[***]";
	}
}
