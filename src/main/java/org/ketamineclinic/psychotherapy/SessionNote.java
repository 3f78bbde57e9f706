package org.ketamineclinic.psychotherapy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One session's note as its screen shows it.
 *
 * @param zone          the patient's clinic's zone: times are shown in it
 * @param appointmentId the infusion appointment it went with, or null
 * @param signedAt      when the therapist signed it, or null for a draft
 * @param mayRevise     the reader wrote this draft and may change or sign it
 * @param mayAddend     the reader may append an addendum (signed notes only)
 */
public record SessionNote(long id, long patientId, String patientName, String mrn, ZoneId zone, SessionKind kind,
		Instant startsAt, int durationMinutes, long therapistId, String therapist, Long appointmentId,
		NoteContent content, Instant signedAt, String signedBy, int version, List<Addendum> addenda,
		boolean mayRevise, boolean mayAddend) {

	public boolean signed() {
		return signedAt != null;
	}

	@Override
	public String toString() {
		return "SessionNote[id=" + id + "]";
	}
}
