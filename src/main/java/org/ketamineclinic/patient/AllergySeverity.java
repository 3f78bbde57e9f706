package org.ketamineclinic.patient;

/** How bad the reaction was. */
public enum AllergySeverity {

	MILD("Mild"), MODERATE("Moderate"), SEVERE("Severe");

	private final String label;

	AllergySeverity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
