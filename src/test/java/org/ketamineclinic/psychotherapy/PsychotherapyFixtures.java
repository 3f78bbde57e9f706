package org.ketamineclinic.psychotherapy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.ketamineclinic.patient.PatientFixtures;
import org.ketamineclinic.staff.StaffFixtures;
import org.springframework.context.ApplicationContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Care teams and session notes for tests, made through the module's API as the staff member given. */
final class PsychotherapyFixtures {

	private final CareTeams teams;

	private final PsychotherapyNotes notes;

	private final Clock clock;

	PsychotherapyFixtures(ApplicationContext context) {
		this.teams = context.getBean(CareTeams.class);
		this.notes = context.getBean(PsychotherapyNotes.class);
		this.clock = context.getBean(Clock.class);
	}

	void assign(StaffFixtures.Staffer by, long patient, StaffFixtures.Staffer member, CareRole role) {
		PatientFixtures.as(by, () -> {
			teams.assign(patient, Long.toString(member.id()), role.name());
			return null;
		});
	}

	/** A preparation session held yesterday, as the form posts it. */
	MultiValueMap<String, String> preparation(String intentions) {
		var params = session("PREPARATION");
		params.add("intentions", intentions);
		return params;
	}

	/** The facts every session form carries: yesterday at 10:00 for 60 minutes. */
	MultiValueMap<String, String> session(String kind) {
		var params = new LinkedMultiValueMap<String, String>();
		params.add("kind", kind);
		params.add("date", yesterday().toString());
		params.add("time", "10:00");
		params.add("durationMinutes", "60");
		return params;
	}

	/** A signed preparation note written by {@code therapist}; its session id. */
	long signedPreparation(StaffFixtures.Staffer therapist, long patient, String intentions) {
		return PatientFixtures.as(therapist, () -> {
			long id = notes.draft(patient, entry(SessionKind.PREPARATION, intentions));
			notes.sign(id, 0);
			return id;
		});
	}

	NoteEntry entry(SessionKind kind, String text) {
		return new NoteEntry(kind.name(), yesterday().toString(), "10:00", "60", "", text, text, text, text, text,
				null, false);
	}

	LocalDate yesterday() {
		// Two days back in UTC is yesterday or earlier in every clinic's zone.
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(2);
	}
}
