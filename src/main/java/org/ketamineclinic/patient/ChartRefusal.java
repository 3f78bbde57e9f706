package org.ketamineclinic.patient;

import java.util.Map;

/**
 * What was wrong with an entry for the chart, field by field, in words for the person who typed it. Nothing was
 * stored.
 */
public class ChartRefusal extends RuntimeException {

	private final Map<String, String> problems;

	public ChartRefusal(Map<String, String> problems) {
		super(String.join(" ", problems.values()));
		this.problems = Map.copyOf(problems);
	}

	public ChartRefusal(String field, String problem) {
		this(Map.of(field, problem));
	}

	/** Field name → what is wrong with it. */
	public Map<String, String> problems() {
		return problems;
	}
}
