package org.ketamineclinic.psychotherapy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A psychotherapy session and its note: drafted and revised by its therapist, then signed, after which it never
 * changes (the database refuses too, V18). Corrections after signing are addenda.
 */
final class KapSession {

	private final Long id;

	private final long patientId;

	private final long therapistId;

	private final Instant createdAt;

	private CheckedNote note;

	private Instant updatedAt;

	private Instant signedAt;

	private Long signedBy;

	private final int version;

	KapSession(Long id, long patientId, long therapistId, CheckedNote note, Instant createdAt, Instant updatedAt,
			Instant signedAt, Long signedBy, int version) {
		this.id = id;
		this.patientId = patientId;
		this.therapistId = therapistId;
		this.note = note;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.signedAt = signedAt;
		this.signedBy = signedBy;
		this.version = version;
	}

	/** A new draft, written by the therapist who held the session. */
	static KapSession draft(long patientId, long therapistId, CheckedNote note, Instant at) {
		return new KapSession(null, patientId, therapistId, note, at, at, null, null, 0);
	}

	/** Replaces the draft's text; the kind stays what it was. */
	void revise(long by, CheckedNote revised, Instant at) {
		requireDraftOf(by);
		if (revised.kind() != note.kind()) {
			throw new IllegalArgumentException("A session keeps its kind");
		}
		note = revised;
		updatedAt = at;
	}

	/** The therapist attests the note; from now on it is final. */
	void sign(long by, Instant at) {
		requireDraftOf(by);
		signedAt = at;
		signedBy = by;
	}

	/** Checks an addendum to this note: a signed note, with a reason and a text. */
	AddendumText addendum(String reason, String text, int maxLength) {
		if (!signed()) {
			throw new NoteRefusal("addendumText", "A draft is changed, not added to: addenda are for signed notes.");
		}
		Map<String, String> problems = new LinkedHashMap<>();
		String why = required(reason, 500, "addendumReason", "why the addendum is needed", problems);
		String body = required(text, maxLength, "addendumText", "the addendum", problems);
		if (!problems.isEmpty()) {
			throw new NoteRefusal(problems);
		}
		return new AddendumText(why, body);
	}

	private void requireDraftOf(long by) {
		if (signed()) {
			throw new NoteAlreadySigned(id == null ? 0 : id);
		}
		if (by != therapistId) {
			throw new NotOnCareTeam();
		}
	}

	private static String required(String value, int max, String field, String label, Map<String, String> problems) {
		String text = value == null || value.isBlank() ? null : value.strip();
		if (text == null) {
			problems.put(field, "Enter " + label + ".");
		}
		else if (text.length() > max) {
			problems.put(field, "This is too long: at most " + max + " characters.");
		}
		return text;
	}

	boolean signed() {
		return signedAt != null;
	}

	Long id() {
		return id;
	}

	long patientId() {
		return patientId;
	}

	long therapistId() {
		return therapistId;
	}

	CheckedNote note() {
		return note;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	Instant signedAt() {
		return signedAt;
	}

	Long signedBy() {
		return signedBy;
	}

	int version() {
		return version;
	}
}
