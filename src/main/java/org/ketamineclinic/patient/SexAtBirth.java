package org.ketamineclinic.patient;

/**
 * Sex assigned at birth: what dosing formulas (ideal body weight) and the pregnancy-test rule need. Gender identity
 * and pronouns are recorded beside it, and are what staff use to address the person.
 */
public enum SexAtBirth {

	FEMALE("Female"), MALE("Male");

	private final String label;

	SexAtBirth(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
