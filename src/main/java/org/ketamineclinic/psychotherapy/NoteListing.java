package org.ketamineclinic.psychotherapy;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A note in a work list (drafts to sign, notes flagging a safety concern): enough to find it, nothing of its text.
 *
 * @param zone the patient's clinic's zone, for the time
 */
public record NoteListing(long sessionId, long patientId, String patientName, String mrn, ZoneId zone,
		SessionKind kind, Instant startsAt, String therapist, boolean safetyConcern) {
}
