package org.ketamineclinic.psychotherapy;

import java.util.Set;

import org.ketamineclinic.staff.StaffRole;

/**
 * Who may do what with one patient's therapy notes (minimum necessary, object level). Prescribers read every
 * patient's notes; everyone else only as a current member of that patient's care team, in a part their job allows.
 * Only the patient's therapists write notes; a note is revised and signed by the therapist who wrote it.
 *
 * @param staffId the reader
 * @param roles   the reader's jobs at the clinic
 * @param parts   the reader's current parts in this patient's care team (empty when not on it)
 */
record NoteAccess(long staffId, Set<StaffRole> roles, Set<CareRole> parts) {

	NoteAccess {
		roles = Set.copyOf(roles);
		parts = Set.copyOf(parts);
	}

	boolean mayRead() {
		return roles.contains(StaffRole.PRESCRIBER) || parts.stream().anyMatch(part -> roles.contains(part.needs()));
	}

	/** Records sessions for the patient: one of their current therapists. */
	boolean mayWrite() {
		return roles.contains(StaffRole.THERAPIST) && parts.contains(CareRole.THERAPIST);
	}

	/** Changes the care team: a prescriber, or one of the patient's therapists. */
	boolean mayAssign() {
		return roles.contains(StaffRole.PRESCRIBER) || mayWrite();
	}

	/** Corrects or adds to a signed note: the patient's therapists and prescribers. */
	boolean mayAddend() {
		return mayAssign();
	}

	/** Changes or signs a draft: its own therapist, while still on the team. */
	boolean mayRevise(long noteTherapist) {
		return staffId == noteTherapist && mayWrite();
	}
}
