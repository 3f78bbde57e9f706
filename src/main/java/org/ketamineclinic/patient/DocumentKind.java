package org.ketamineclinic.patient;

/** What a document is. */
public enum DocumentKind {

	REFERRAL_LETTER("Referral letter"), OUTSIDE_RECORDS("Outside records"), IDENTITY("Identity document"),
	INSURANCE("Insurance card"), OTHER("Other");

	private final String label;

	DocumentKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
