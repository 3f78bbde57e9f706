package org.ketamineclinic.outcomes;

/** Whose outcomes a rate counts. */
public enum Population {

	/** Everyone who started a series and had a baseline; nobody measured at the time point counts as not better. */
	INTENTION_TO_TREAT("Everyone who started"),

	/** Those who had every infusion of the series and were measured at the time point. */
	COMPLETERS("Completed the series");

	private final String title;

	Population(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
