package org.ketamineclinic.psychotherapy;

import java.time.ZoneId;
import java.util.List;

/**
 * A patient's psychotherapy page: who is on the care team and the sessions, newest first.
 *
 * @param team        current assignments first, then ended ones
 * @param mayWrite    the reader is one of the patient's therapists and may record sessions
 * @param mayAssign   the reader may change the care team
 */
public record PatientTherapy(long patientId, String name, String mrn, ZoneId zone, List<CareTeamMember> team,
		List<SessionSummary> sessions, boolean mayWrite, boolean mayAssign) {

	public List<CareTeamMember> currentTeam() {
		return team.stream().filter(CareTeamMember::current).toList();
	}

	public List<CareTeamMember> pastTeam() {
		return team.stream().filter(member -> !member.current()).toList();
	}

	public long safetyConcerns() {
		return sessions.stream().filter(SessionSummary::safetyConcern).count();
	}

	@Override
	public String toString() {
		return "PatientTherapy[patientId=" + patientId + "]";
	}
}
