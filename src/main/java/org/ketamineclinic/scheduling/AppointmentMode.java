package org.ketamineclinic.scheduling;

/** How the person attends. */
public enum AppointmentMode {

	IN_PERSON("In person"), PHONE("By phone"), VIDEO("By video");

	private final String label;

	AppointmentMode(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
