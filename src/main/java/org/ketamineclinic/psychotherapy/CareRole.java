package org.ketamineclinic.psychotherapy;

import java.util.Set;

import org.ketamineclinic.staff.StaffRole;

/**
 * The part a staff member plays in one patient's care: who may be assigned is decided by the job they hold at the
 * clinic (a nurse cannot be someone's therapist).
 */
public enum CareRole {

	THERAPIST("Therapist", StaffRole.THERAPIST),
	NURSE("Nurse", StaffRole.NURSE),
	PRESCRIBER("Prescriber", StaffRole.PRESCRIBER);

	private final String label;

	private final StaffRole needs;

	CareRole(String label, StaffRole needs) {
		this.label = label;
		this.needs = needs;
	}

	public String label() {
		return label;
	}

	/** The staff role someone must hold to take this part. */
	public StaffRole needs() {
		return needs;
	}

	/** Whether someone with these jobs can take this part. */
	public boolean canBeTakenBy(Set<StaffRole> roles) {
		return roles.contains(needs);
	}

	/** The role named in a form, or null when the text names none. */
	public static CareRole parse(String text) {
		for (CareRole role : values()) {
			if (role.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
				return role;
			}
		}
		return null;
	}
}
