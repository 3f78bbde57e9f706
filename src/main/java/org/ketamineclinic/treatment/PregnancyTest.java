package org.ketamineclinic.treatment;

/** The pregnancy test on the checklist, for people who could become pregnant (DOMAIN.md §2). */
public enum PregnancyTest {

	NOT_REQUIRED("Not required"), NEGATIVE_TODAY("Negative today"),
	NEGATIVE_ON_FILE("Negative test on file within the valid period");

	private final String label;

	PregnancyTest(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
