package org.ketamineclinic.assessment;

import java.util.List;

/**
 * One question of an instrument. The key ("phq9_1", "cssrs_6_recent") is what answers are stored and posted under;
 * {@code loinc} is the item's LOINC code, null where we have not verified one.
 */
public record Item(String key, String text, List<Option> options, String loinc) {

	/**
	 * PHQ-9 item 9, "thoughts that you would be better off dead or of hurting yourself": any answer above "not at
	 * all" must reach a clinician at once (DOMAIN.md §4), so it is named rather than found by position.
	 */
	public static final String PHQ9_SELF_HARM = "phq9_9";

	public Item {
		options = List.copyOf(options);
	}

	public boolean selfHarm() {
		return PHQ9_SELF_HARM.equals(key);
	}

	public boolean accepts(int value) {
		return options.stream().anyMatch(option -> option.value() == value);
	}
}
