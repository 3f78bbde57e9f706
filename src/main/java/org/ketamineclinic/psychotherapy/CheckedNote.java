package org.ketamineclinic.psychotherapy;

import java.time.Instant;

/** A note entry that passed {@link NoteCheck}: the session's facts and its content. */
record CheckedNote(SessionKind kind, Instant startsAt, int durationMinutes, Long appointmentId, NoteContent content) {
}
