package org.ketamineclinic.assessment;

import java.util.List;

/**
 * One answer a person can pick. {@code loincAnswer} is the LOINC answer code (LA…) so a stored answer can be sent on
 * as a coded observation; null where we do not have one.
 */
public record Option(int value, String label, String loincAnswer) {

	/** The four answers shared by the PHQ-9 and the GAD-7, scored 0–3. */
	public static final List<Option> FREQUENCY = List.of(new Option(0, "Not at all", "LA6568-5"),
			new Option(1, "Several days", "LA6569-3"), new Option(2, "More than half the days", "LA6570-1"),
			new Option(3, "Nearly every day", "LA6571-9"));

	/** The C-SSRS screener answers: a "yes" counts, a "no" does not (LOINC LA32-8 No, LA33-6 Yes). */
	public static final List<Option> NO_YES = List.of(new Option(0, "No", "LA32-8"), new Option(1, "Yes", "LA33-6"));
}
