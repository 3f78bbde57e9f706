package org.ketamineclinic.psychotherapy;

/**
 * A session note as typed into the form, unchecked: {@link PsychotherapyNotes} reads it and refuses it with every
 * problem at once ({@link NoteRefusal}).
 *
 * @param date            yyyy-mm-dd, in the patient's clinic's zone
 * @param time            hh:mm, 24-hour
 * @param durationMinutes whole minutes
 * @param appointmentId   the infusion appointment it went with, or blank
 */
public record NoteEntry(String kind, String date, String time, String durationMinutes, String appointmentId,
		String intentions, String setAndSetting, String experience, String observations, String integrationPlan,
		String riskObservations, boolean safetyConcern) {

	@Override
	public String toString() {
		return "NoteEntry[kind=" + kind + "]";
	}
}
