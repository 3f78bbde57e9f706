package org.ketamineclinic.patient;

/** Who a contact is for the clinic. */
public enum ContactKind {

	EMERGENCY("Emergency contact"),
	/** The responsible adult who takes the patient home after an infusion (no driving until the next day). */
	ESCORT("Escort");

	private final String label;

	ContactKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
