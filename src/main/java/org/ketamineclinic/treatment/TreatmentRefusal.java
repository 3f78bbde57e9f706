package org.ketamineclinic.treatment;

import java.util.Map;

/**
 * Why a treatment record was not made, field by field, in words for the person at the screen. Nothing was stored.
 */
public class TreatmentRefusal extends RuntimeException {

	private final Map<String, String> problems;

	public TreatmentRefusal(Map<String, String> problems) {
		super(String.join(" ", problems.values()));
		this.problems = Map.copyOf(problems);
	}

	public TreatmentRefusal(String field, String problem) {
		this(Map.of(field, problem));
	}

	public Map<String, String> problems() {
		return problems;
	}
}
