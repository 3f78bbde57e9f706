package org.ketamineclinic.treatment;

/** What happened in a session's timeline. */
public enum EventKind {

	START("Infusion started"), PAUSE("Paused"), RESUME("Resumed"), RATE_CHANGE("Rate changed"),
	STOP("Stopped early"), COMPLETE("Infusion complete"), ADVERSE_EVENT("Adverse event"),
	ALERT_ACKNOWLEDGED("Alert acknowledged"), BP_OVERRIDE("Blood pressure gate overridden"),
	DOSE_CHECKED("Dose checked"), DISCHARGE("Discharged"), SIGNED("Signed");

	private final String label;

	EventKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
