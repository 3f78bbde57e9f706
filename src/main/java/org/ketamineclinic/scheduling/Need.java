package org.ketamineclinic.scheduling;

import org.ketamineclinic.staff.StaffRole;

/** What an appointment occupies for its whole length: a place, or a person in a role. */
public enum Need {

	CHAIR(null, "an infusion chair"), ROOM(null, "a treatment room"), COORDINATOR(StaffRole.INTAKE, "a care coordinator"),
	PRESCRIBER(StaffRole.PRESCRIBER, "a prescriber"), THERAPIST(StaffRole.THERAPIST, "a therapist"),
	/** A nurse monitoring: one nurse may watch up to {@code chairs-per-nurse} people at once. */
	NURSE(StaffRole.NURSE, "a nurse");

	private final StaffRole role;

	private final String words;

	Need(StaffRole role, String words) {
		this.role = role;
		this.words = words;
	}

	/** The staff role that fills this need, or null for a chair or room. */
	public StaffRole role() {
		return role;
	}

	public String words() {
		return words;
	}

	boolean isStaff() {
		return role != null;
	}
}
