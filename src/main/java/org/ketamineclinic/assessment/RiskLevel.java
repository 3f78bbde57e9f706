package org.ketamineclinic.assessment;

/**
 * The C-SSRS screener's triage, lowest first, so that levels compare with {@link #atLeast(RiskLevel)} and a configured
 * threshold reads "from MODERATE".
 */
public enum RiskLevel {

	NONE("No risk identified"), LOW("Low risk"), MODERATE("Moderate risk"), HIGH("High risk");

	private final String label;

	RiskLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean atLeast(RiskLevel other) {
		return compareTo(other) >= 0;
	}
}
