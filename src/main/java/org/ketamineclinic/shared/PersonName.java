package org.ketamineclinic.shared;

/**
 * A person's name as they gave it. No assumptions about its shape beyond "not blank, not absurdly long".
 *
 * @param first first or given name
 * @param last  last or family name
 */
public record PersonName(String first, String last) {

	public static final int MAX_PART_LENGTH = 100;

	public PersonName {
		first = first == null ? "" : first.strip();
		last = last == null ? "" : last.strip();
		if (first.isEmpty() || last.isEmpty() || first.length() > MAX_PART_LENGTH || last.length() > MAX_PART_LENGTH) {
			throw new IllegalArgumentException("A name needs a first and a last part of at most 100 characters");
		}
	}

	@Override
	public String toString() {
		return "PersonName[***]";
	}
}
