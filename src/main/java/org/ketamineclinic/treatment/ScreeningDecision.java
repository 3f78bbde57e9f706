package org.ketamineclinic.treatment;

/** A prescriber's decision on a screening. */
public enum ScreeningDecision {

	APPROVED("Approved for treatment"), DECLINED("Not approved");

	private final String label;

	ScreeningDecision(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
