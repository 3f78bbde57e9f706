package org.ketamineclinic.consultation;

/** What came of one attempt to reach the person. */
public enum ContactOutcome {

	REACHED("Spoke with them", true), LEFT_MESSAGE("Left a message", false), NO_ANSWER("No answer", false),
	WRONG_NUMBER("Wrong number or address", false), SENT("Sent", false);

	private final String label;

	private final boolean reached;

	ContactOutcome(String label, boolean reached) {
		this.label = label;
		this.reached = reached;
	}

	public String label() {
		return label;
	}

	/** The person answered: a NEW request becomes CONTACTED. */
	public boolean reached() {
		return reached;
	}
}
