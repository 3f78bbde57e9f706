package org.ketamineclinic.psychotherapy;

/** The three kinds of KAP session; each has its own part of the note. */
public enum SessionKind {

	PREPARATION("Preparation", "Intentions, what to expect, and a plan for the dosing session"),
	DOSING("Dosing", "Set and setting, what the patient experienced, and the therapist's observations"),
	INTEGRATION("Integration", "Making sense of the experience and a plan to carry it into daily life");

	private final String label;

	private final String purpose;

	SessionKind(String label, String purpose) {
		this.label = label;
		this.purpose = purpose;
	}

	public String label() {
		return label;
	}

	public String purpose() {
		return purpose;
	}

	/** The kind named in a form, or null when the text names none. */
	public static SessionKind parse(String text) {
		for (SessionKind kind : values()) {
			if (kind.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
				return kind;
			}
		}
		return null;
	}
}
