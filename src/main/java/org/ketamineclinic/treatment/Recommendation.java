package org.ketamineclinic.treatment;

/** What screening suggests to the prescriber, who decides. */
public enum Recommendation {

	ELIGIBLE("Eligible"), NEEDS_REVIEW("Needs review"), NOT_ELIGIBLE("Not eligible");

	private final String label;

	Recommendation(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
