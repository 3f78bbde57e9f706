package org.ketamineclinic.assessment;

import java.util.Map;

/** What is missing or wrong in a questionnaire as answered, by question; nothing was stored. */
public class AssessmentRefusal extends RuntimeException {

	private final Map<String, String> problems;

	public AssessmentRefusal(Map<String, String> problems) {
		super(String.join(" ", problems.values()));
		this.problems = Map.copyOf(problems);
	}

	public Map<String, String> problems() {
		return problems;
	}
}
