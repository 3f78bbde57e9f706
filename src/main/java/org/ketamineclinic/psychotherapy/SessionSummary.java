package org.ketamineclinic.psychotherapy;

import java.time.Instant;

/** A session in a patient's list: when, what kind, by whom, whether signed, whether it flags a safety concern. */
public record SessionSummary(long id, SessionKind kind, Instant startsAt, int durationMinutes, String therapist,
		boolean signed, boolean safetyConcern, int addenda) {
}
