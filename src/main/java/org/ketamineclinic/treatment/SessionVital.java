package org.ketamineclinic.treatment;

/** A set of vitals in a session, with who took it. */
public record SessionVital(long id, VitalsPhase phase, VitalSigns reading, String recordedBy) {

	/** "184/112", or "–" when the pressure was not measured. */
	public String bloodPressure() {
		return reading.systolic() == null ? "–" : reading.bloodPressure();
	}

	public String value(Integer number) {
		return number == null ? "–" : number.toString();
	}
}
