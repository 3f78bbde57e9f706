package org.ketamineclinic.assessment;

import java.util.List;

/**
 * The GAD-7 (Spitzer, Kroenke, Williams and Löwe 2006), in its published wording. The item LOINC codes are those of
 * LOINC panel 69737-5 as used in the HL7 Personal Health Record IG's GAD-7 example; DOMAIN.md asks that they be
 * checked against LOINC itself before anything downstream relies on them.
 */
final class Gad7 {

	static final Instrument INSTRUMENT = new Instrument(InstrumentCode.GAD7, InstrumentCode.GAD7.title(),
			"Over the last 2 weeks, how often have you been bothered by the following problems?",
			List.of(item(1, "Feeling nervous, anxious, or on edge", "69725-0"),
					item(2, "Not being able to stop or control worrying", "68509-9"),
					item(3, "Worrying too much about different things", "69733-4"),
					item(4, "Trouble relaxing", "69734-2"),
					item(5, "Being so restless that it is hard to sit still", "69735-9"),
					item(6, "Becoming easily annoyed or irritable", "69689-8"),
					item(7, "Feeling afraid, as if something awful might happen", "69736-7")),
			"69737-5", "70274-6");

	private Gad7() {
	}

	private static Item item(int number, String text, String loinc) {
		return new Item("gad7_" + number, text, Option.FREQUENCY, loinc);
	}
}
