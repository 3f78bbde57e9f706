package org.ketamineclinic.psychotherapy;

/**
 * What a therapist writes about a session. Each kind fills its own part; the others stay null.
 *
 * @param intentions        preparation: the patient's intentions and what was prepared
 * @param setAndSetting     dosing: mindset, environment, music, who was present
 * @param experience        dosing: what the patient experienced, in their words
 * @param observations      dosing: what the therapist observed
 * @param integrationPlan   integration: what the patient takes forward, and how
 * @param riskObservations  any kind: risk seen or reported (free text), or null
 * @param safetyConcern     flags the note to prescribers; needs the risk observations that explain it
 */
public record NoteContent(String intentions, String setAndSetting, String experience, String observations,
		String integrationPlan, String riskObservations, boolean safetyConcern) {

	@Override
	public String toString() {
		return "NoteContent[safetyConcern=" + safetyConcern + "]";
	}
}
