package org.ketamineclinic.treatment;

/** What the nurse did about an alert, recorded with the acknowledgement. */
public enum AlertAction {

	PAUSED("Paused the infusion"), SLOWED("Slowed the infusion"), STOPPED("Stopped the infusion"),
	MEDICATION_GIVEN("Gave medication"), RECHECKED("Rechecked and kept observing"),
	PRESCRIBER_CALLED("Called the prescriber");

	private final String label;

	AlertAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
