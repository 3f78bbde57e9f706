package org.ketamineclinic.psychotherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A note is drafted and revised by its therapist, signed once, and only added to afterwards. */
class KapSessionTest {

	static final Instant AT = Instant.parse("2026-03-27T18:00:00Z");

	static final long THERAPIST = 7;

	@Test
	void onlyItsOwnTherapistRevisesOrSignsADraft() {
		KapSession session = draft();

		assertThatThrownBy(() -> session.revise(8, note("Other words."), AT)).isInstanceOf(NotOnCareTeam.class);
		assertThatThrownBy(() -> session.sign(8, AT)).isInstanceOf(NotOnCareTeam.class);
		session.revise(THERAPIST, note("Better words."), AT.plusSeconds(60));
		assertThat(session.note().content().intentions()).isEqualTo("Better words.");
	}

	@Test
	void aSignedNoteIsFinal() {
		KapSession session = draft();
		session.sign(THERAPIST, AT);

		assertThat(session.signed()).isTrue();
		assertThatThrownBy(() -> session.revise(THERAPIST, note("Changed."), AT)).isInstanceOf(NoteAlreadySigned.class);
		assertThatThrownBy(() -> session.sign(THERAPIST, AT)).isInstanceOf(NoteAlreadySigned.class);
	}

	@Test
	void addendaAreForSignedNotesAndNeedAReasonAndAText() {
		KapSession session = draft();
		assertThatThrownBy(() -> session.addendum("Why", "What", 100)).isInstanceOf(NoteRefusal.class);

		session.sign(THERAPIST, AT);

		assertThatThrownBy(() -> session.addendum(" ", "", 100)).isInstanceOfSatisfying(NoteRefusal.class,
				refusal -> assertThat(refusal.problems()).containsOnlyKeys("addendumReason", "addendumText"));
		assertThat(session.addendum(" Wrong room ", "Room 4.", 100)).isEqualTo(new AddendumText("Wrong room", "Room 4."));
	}

	private static KapSession draft() {
		return KapSession.draft(1, THERAPIST, note("Intentions."), AT);
	}

	private static CheckedNote note(String intentions) {
		return new CheckedNote(SessionKind.PREPARATION, AT.minusSeconds(3600), 60, null,
				new NoteContent(intentions, null, null, null, null, null, false));
	}
}
