package org.ketamineclinic.psychotherapy.web;

import java.time.ZoneId;

import org.ketamineclinic.psychotherapy.NoteContent;
import org.ketamineclinic.psychotherapy.NoteEntry;
import org.ketamineclinic.psychotherapy.SessionKind;
import org.ketamineclinic.psychotherapy.SessionNote;

/**
 * The session form as posted (a new session on the patient's page, or a draft revised on its own page), and what
 * the form shows before anything was typed.
 *
 * @param safetyConcern "true" when the box is ticked; absent otherwise
 */
public record SessionForm(String kind, String date, String time, String durationMinutes, String appointmentId,
		String intentions, String setAndSetting, String experience, String observations, String integrationPlan,
		String riskObservations, String safetyConcern) {

	/** An empty form for a new session of this kind. */
	public static SessionForm blank(SessionKind kind) {
		return new SessionForm(kind.name(), "", "", "", "", "", "", "", "", "", "", "");
	}

	/** The draft as it is stored, for its revision form. */
	public static SessionForm of(SessionNote note) {
		ZoneId zone = note.zone();
		NoteContent c = note.content();
		return new SessionForm(note.kind().name(), SessionTime.date(note.startsAt(), zone),
				SessionTime.time(note.startsAt(), zone), Integer.toString(note.durationMinutes()),
				note.appointmentId() == null ? "" : note.appointmentId().toString(), c.intentions(), c.setAndSetting(),
				c.experience(), c.observations(), c.integrationPlan(), c.riskObservations(),
				c.safetyConcern() ? "true" : "");
	}

	public boolean concernTicked() {
		return "true".equals(safetyConcern);
	}

	NoteEntry entry() {
		return new NoteEntry(kind, date, time, durationMinutes, appointmentId, intentions, setAndSetting, experience,
				observations, integrationPlan, riskObservations, concernTicked());
	}

	@Override
	public String toString() {
		return "SessionForm[kind=" + kind + "]";
	}
}
