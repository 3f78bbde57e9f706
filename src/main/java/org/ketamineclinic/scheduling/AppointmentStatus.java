package org.ketamineclinic.scheduling;

/** Where an appointment stands. Only BOOKED and CHECKED_IN hold their chair, room and staff. */
public enum AppointmentStatus {

	BOOKED("Booked"), CHECKED_IN("Checked in"), COMPLETED("Completed"), CANCELLED("Cancelled"),
	/** Cancelled by the person with less notice than the clinic asks (default 24 h). */
	LATE_CANCELLED("Cancelled late"), NO_SHOW("No-show");

	private final String label;

	AppointmentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean holdsTime() {
		return this == BOOKED || this == CHECKED_IN;
	}
}
