package org.ketamineclinic.consultation;

/** How a person prefers to be contacted. */
public enum ContactMethod implements Choice {

	PHONE("phone", "Phone call"), TEXT("text", "Text message"), EMAIL("email", "E-mail");

	private final String code;

	private final String label;

	ContactMethod(String code, String label) {
		this.code = code;
		this.label = label;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public String label() {
		return label;
	}
}
