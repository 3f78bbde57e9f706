package org.ketamineclinic.treatment;

/** Where an infusion session stands, in the order it moves. */
public enum SessionStatus {

	PREPARING("Preparing: checklist, dose and start"), RUNNING("Infusion running"), PAUSED("Infusion paused"),
	OBSERVING("Infusion over: observing until discharge"), DISCHARGED("Discharged: to be signed"),
	SIGNED("Signed and locked");

	private final String label;

	SessionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
