package org.ketamineclinic.psychotherapy;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.staff.AccountStatus;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The psychotherapy module's API for care teams: a prescriber, or one of the patient's therapists, assigns
 * therapists, nurses and prescribers to the patient's care team and ends assignments. Ended assignments stay as
 * history; every change is on the audit trail (category "psychotherapy-care-team").
 */
@Service
public class CareTeams {

	static final String CATEGORY = "psychotherapy-care-team";

	private final CareTeamRows rows;

	private final CareTeamAccess access;

	private final PatientLookup patients;

	private final StaffManagement staff;

	private final Auditor auditor;

	private final Clock clock;

	CareTeams(CareTeamRows rows, CareTeamAccess access, PatientLookup patients, StaffManagement staff,
			Auditor auditor, Clock clock) {
		this.rows = rows;
		this.access = access;
		this.patients = patients;
		this.staff = staff;
		this.auditor = auditor;
		this.clock = clock;
	}

	/** Puts an active staff member holding the part's job on the patient's care team. */
	@Transactional
	public void assign(long patientId, String staffId, String role) {
		patients.of(patientId);
		NoteAccess assigner = access.require(patientId, NoteAccess::mayAssign);
		CareRole part = CareRole.parse(role);
		if (part == null) {
			throw new NoteRefusal("careRole", "Choose the part they play in the patient's care.");
		}
		StaffMember member = member(staffId).filter(m -> m.status() == AccountStatus.ACTIVE)
			.filter(m -> part.canBeTakenBy(m.roles()))
			.orElseThrow(() -> new NoteRefusal("staffId",
					"Choose an active colleague who works as a " + part.label().toLowerCase() + "."));
		if (!rows.insert(patientId, member.id(), part, clock.instant(), assigner.staffId())) {
			throw new NoteRefusal("staffId",
					member.displayName() + " is already on the care team as " + part.label().toLowerCase() + ".");
		}
		auditor.record(AuditAction.CREATE, PsychotherapyNotes.SUBJECT, Long.toString(patientId), CATEGORY);
	}

	/** Ends a current assignment; it stays on the page as history. */
	@Transactional
	public void end(long patientId, long memberId) {
		patients.of(patientId);
		NoteAccess ender = access.require(patientId, NoteAccess::mayAssign);
		if (!rows.end(patientId, memberId, clock.instant(), ender.staffId())) {
			throw new NoteRefusal("member", "That assignment has already ended.");
		}
		auditor.record(AuditAction.UPDATE, PsychotherapyNotes.SUBJECT, Long.toString(patientId), CATEGORY);
	}

	/** Who can be assigned, part by part: active colleagues holding the job. */
	public Map<CareRole, List<StaffMember>> candidates() {
		Map<CareRole, List<StaffMember>> candidates = new EnumMap<>(CareRole.class);
		for (CareRole part : CareRole.values()) {
			candidates.put(part, staff.activeWith(part.needs()));
		}
		return candidates;
	}

	private Optional<StaffMember> member(String staffId) {
		try {
			return staff.member(Long.parseLong(staffId == null ? "" : staffId.strip()));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}
}
