package org.ketamineclinic.consultation;

import java.time.Instant;

/**
 * One entry of a request's timeline.
 *
 * @param kind       what happened
 * @param occurredAt when
 * @param actor      the staff member's account id, or null for the system
 * @param fromStatus status before a status change
 * @param toStatus   status after a status change
 * @param channel    channel of a contact attempt
 * @param outcome    outcome of a contact attempt
 * @param note       the note, the reason, or the assignee's id for an assignment
 */
public record IntakeActivity(Kind kind, Instant occurredAt, Long actor, RequestStatus fromStatus,
		RequestStatus toStatus, ContactChannel channel, ContactOutcome outcome, String note) {

	public enum Kind {
		STATUS_CHANGED, CONTACT_ATTEMPT, NOTE, ASSIGNED, UNASSIGNED, RELEASED_FROM_REVIEW
	}

	@Override
	public String toString() {
		return "IntakeActivity[" + kind + "]";
	}
}
