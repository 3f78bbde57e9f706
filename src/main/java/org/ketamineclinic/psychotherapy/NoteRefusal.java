package org.ketamineclinic.psychotherapy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What was wrong with an entry, field by field, in words for the person who typed it. Nothing was stored. */
public class NoteRefusal extends RuntimeException {

	private final Map<String, String> problems;

	public NoteRefusal(Map<String, String> problems) {
		super(String.join(" ", problems.values()));
		// In the form's order, so that the summary lists the problems top to bottom.
		this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
	}

	public NoteRefusal(String field, String problem) {
		this(Map.of(field, problem));
	}

	/** Field name → what is wrong with it. */
	public Map<String, String> problems() {
		return problems;
	}
}
