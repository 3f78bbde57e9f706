package org.ketamineclinic.consultation;

/** When a person would rather be contacted, in their own time zone. */
public enum BestTime implements Choice {

	MORNING("morning", "Morning (8 AM – noon)"), AFTERNOON("afternoon", "Afternoon (noon – 5 PM)"),
	EVENING("evening", "Early evening (5 – 8 PM)"), ANY("any", "Any time");

	private final String code;

	private final String label;

	BestTime(String code, String label) {
		this.code = code;
		this.label = label;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public String label() {
		return label;
	}
}
