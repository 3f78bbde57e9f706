package org.ketamineclinic.psychotherapy;

import java.util.function.Predicate;

import org.ketamineclinic.staff.StaffPrincipal;
import org.springframework.stereotype.Component;

/** Decides, for the signed-in staff member and one patient, what {@link NoteAccess} allows; records refusals. */
@Component
class CareTeamAccess {

	private final CareTeamRows team;

	private final DeniedAccessLog denied;

	CareTeamAccess(CareTeamRows team, DeniedAccessLog denied) {
		this.team = team;
		this.denied = denied;
	}

	/** What the signed-in staff member may do for this patient. */
	NoteAccess of(long patientId) {
		StaffPrincipal user = current();
		return new NoteAccess(user.id(), user.roles(), team.partsOf(patientId, user.id()));
	}

	/** The access, when it allows {@code what}; otherwise the attempt is recorded and refused (403). */
	NoteAccess require(long patientId, Predicate<NoteAccess> what) {
		NoteAccess access = of(patientId);
		if (!what.test(access)) {
			refuse(patientId);
		}
		return access;
	}

	/** Records the refused attempt and answers 403. */
	void refuse(long patientId) {
		denied.refused(patientId);
		throw new NotOnCareTeam();
	}

	static StaffPrincipal current() {
		return StaffPrincipal.current()
			.orElseThrow(() -> new IllegalStateException("Therapy notes are read by signed-in staff only"));
	}
}
