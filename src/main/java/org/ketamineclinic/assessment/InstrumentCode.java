package org.ketamineclinic.assessment;

/**
 * The questionnaires the clinic asks (DOMAIN.md §4), and the MADRS a clinician rates; the code is what gets stored,
 * the title what people read.
 */
public enum InstrumentCode {

	PHQ9("PHQ-9"), GAD7("GAD-7"), CSSRS_SCREENER("C-SSRS screener"), MADRS("MADRS");

	private final String title;

	InstrumentCode(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
