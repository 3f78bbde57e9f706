package org.ketamineclinic.psychotherapy;

import java.time.Instant;

/**
 * One assignment to a patient's care team, current or ended.
 *
 * @param staffName  who holds it
 * @param assignedBy name of who assigned them
 * @param endedAt    when it ended, or null while current
 * @param endedBy    name of who ended it, or null
 */
public record CareTeamMember(long id, long patientId, long staffId, String staffName, CareRole role,
		Instant assignedAt, String assignedBy, Instant endedAt, String endedBy) {

	public boolean current() {
		return endedAt == null;
	}
}
