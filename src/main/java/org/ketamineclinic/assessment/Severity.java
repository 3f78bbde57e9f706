package org.ketamineclinic.assessment;

import java.util.List;
import java.util.Optional;

/**
 * A published severity band of a total score, both ends inclusive (DOMAIN.md §4). The bands are the instruments'
 * own cut-offs, the same in every clinic and in the literature the clinic compares itself with, so they are data here
 * rather than configuration; the clinic's own thresholds (safety, response, remission) are configuration.
 */
public record Severity(String label, int from, int to) {

	private static final List<Severity> PHQ9 = List.of(new Severity("minimal", 0, 4), new Severity("mild", 5, 9),
			new Severity("moderate", 10, 14), new Severity("moderately severe", 15, 19),
			new Severity("severe", 20, 27));

	private static final List<Severity> GAD7 = List.of(new Severity("minimal", 0, 4), new Severity("mild", 5, 9),
			new Severity("moderate", 10, 14), new Severity("severe", 15, 21));

	/** Montgomery and Åsberg's bands as DOMAIN.md §4 gives them; the first is "normal", the symptoms absent. */
	private static final List<Severity> MADRS = List.of(new Severity("normal", 0, 6), new Severity("mild", 7, 19),
			new Severity("moderate", 20, 34), new Severity("severe", 35, 60));

	/** The bands of an instrument, lowest first; none for the C-SSRS screener, which yields a risk level instead. */
	public static List<Severity> bands(InstrumentCode code) {
		switch (code) {
			case PHQ9:
				return PHQ9;
			case GAD7:
				return GAD7;
			case MADRS:
				return MADRS;
			default:
				return List.of();
		}
	}

	public static Optional<Severity> of(InstrumentCode code, int total) {
		return bands(code).stream().filter(band -> band.contains(total)).findFirst();
	}

	public boolean contains(int total) {
		return from <= total && total <= to;
	}
}
