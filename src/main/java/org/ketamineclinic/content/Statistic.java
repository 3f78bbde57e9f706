package org.ketamineclinic.content;

/**
 * A key figure shown as a tile: "30.9%" "of people with MDD ... have treatment-resistant depression".
 *
 * @param value     the figure as printed
 * @param label     what it counts
 * @param source    where it comes from, in words
 * @param sourceUrl link to the source, or empty
 * @param measured  the clinic's own measured figure that replaces this one once the data support it
 *                  ({@code response}), or empty: the text here is then what the page says until they do
 */
public record Statistic(String value, String label, String source, String sourceUrl, String measured) {

	public Statistic(String value, String label, String source, String sourceUrl) {
		this(value, label, source, sourceUrl, "");
	}

	/** This figure, replaced by the clinic's measured one. */
	public Statistic measuredAs(String value, String label, String footnote) {
		return new Statistic(value, label, footnote, "", measured);
	}

	public boolean isMeasured() {
		return !measured.isEmpty();
	}
}
