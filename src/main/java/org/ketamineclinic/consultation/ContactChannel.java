package org.ketamineclinic.consultation;

/** How a coordinator tried to reach the person. */
public enum ContactChannel {

	PHONE("Phone call"), SMS("Text message"), EMAIL("E-mail");

	private final String label;

	ContactChannel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
