package org.ketamineclinic.psychotherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** What a note must hold, kind by kind, before it is stored. */
class NoteCheckTest {

	static final ZoneId SEATTLE = ZoneId.of("America/Los_Angeles");

	static final Instant NOW = Instant.parse("2026-03-28T20:00:00Z");

	static final PsychotherapyProperties SETTINGS = new PsychotherapyProperties(Duration.ofDays(14), 20_000, 720);

	@Test
	void eachKindNeedsItsOwnPartAndKeepsNothingOfTheOthers() {
		CheckedNote note = check(entry("PREPARATION", "Intentions.", null, null, null, null, false), null);

		assertThat(note.kind()).isEqualTo(SessionKind.PREPARATION);
		assertThat(note.content().intentions()).isEqualTo("Intentions.");
		assertThat(note.content().integrationPlan()).isNull();
		assertThat(note.startsAt()).isEqualTo(Instant.parse("2026-03-27T17:30:00Z"));
		assertThatThrownBy(() -> check(entry("INTEGRATION", "Intentions.", null, null, null, null, false), null))
			.isInstanceOfSatisfying(NoteRefusal.class,
					refusal -> assertThat(refusal.problems()).containsOnlyKeys("integrationPlan"));
	}

	@Test
	void aDosingNoteNeedsSettingExperienceAndObservationsAllReportedAtOnce() {
		assertThatThrownBy(() -> check(entry("DOSING", null, "Quiet room.", null, null, null, false), null))
			.isInstanceOfSatisfying(NoteRefusal.class, refusal -> assertThat(refusal.problems().keySet())
				.containsExactly("experience", "observations"));
	}

	@Test
	void aSafetyConcernWithoutItsReasonIsRefused() {
		assertThatThrownBy(() -> check(entry("INTEGRATION", null, null, null, "Plan.", null, true), null))
			.isInstanceOfSatisfying(NoteRefusal.class,
					refusal -> assertThat(refusal.problems()).containsOnlyKeys("riskObservations"));
		CheckedNote flagged = check(entry("INTEGRATION", null, null, null, "Plan.", "Reports hopelessness.", true),
				null);
		assertThat(flagged.content().safetyConcern()).isTrue();
	}

	@Test
	void aSessionInTheFutureOrOfImpossibleLengthIsRefused() {
		var future = new NoteEntry("PREPARATION", "2026-03-29", "10:00", "60", "", "I.", null, null, null, null, null,
				false);
		var endless = new NoteEntry("PREPARATION", "2026-03-27", "10:00", "900", "x", "I.", null, null, null, null,
				null, false);

		assertThatThrownBy(() -> check(future, null)).isInstanceOfSatisfying(NoteRefusal.class,
				refusal -> assertThat(refusal.problems()).containsOnlyKeys("date"));
		assertThatThrownBy(() -> check(endless, null)).isInstanceOfSatisfying(NoteRefusal.class,
				refusal -> assertThat(refusal.problems()).containsOnlyKeys("durationMinutes", "appointmentId"));
	}

	@Test
	void aDraftKeepsItsKindWhateverTheFormSays() {
		CheckedNote note = check(entry("DOSING", "Intentions.", null, null, null, null, false),
				SessionKind.PREPARATION);

		assertThat(note.kind()).isEqualTo(SessionKind.PREPARATION);
	}

	private static CheckedNote check(NoteEntry entry, SessionKind kind) {
		return new NoteCheck(SEATTLE, NOW, SETTINGS).check(entry, kind);
	}

	private static NoteEntry entry(String kind, String intentions, String setting, String experience, String plan,
			String risk, boolean concern) {
		return new NoteEntry(kind, "2026-03-27", "10:30", "60", "", intentions, setting, experience, null, plan, risk,
				concern);
	}
}
