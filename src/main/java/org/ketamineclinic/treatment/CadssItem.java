package org.ketamineclinic.treatment;

/**
 * The six items of the CADSS short form (CADSS-6), each scored 0 (not at all) to 4 (extremely) after the infusion.
 * The labels are short reminders for the nurse; the patient is asked the items as worded on the clinic's form.
 */
public enum CadssItem {

	SLOW_MOTION("Things seemed to move in slow motion"), UNREAL("Things seemed unreal, as in a dream"),
	SEPARATED("Felt separated from what was happening"), FOG("Looked at the world through a fog"),
	TIME("Sense of time changed"), BODY("Felt disconnected from their own body");

	private final String label;

	CadssItem(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
