package org.ketamineclinic.assessment;

import java.util.List;

/**
 * The PHQ-9 (Kroenke, Spitzer and Williams 2001), in its published wording, with the LOINC codes of DOMAIN.md §4. The
 * instrument is in the public domain; the wording is not ours to improve, because the norms were set with it.
 */
final class Phq9 {

	static final Instrument INSTRUMENT = new Instrument(InstrumentCode.PHQ9, InstrumentCode.PHQ9.title(),
			"Over the last 2 weeks, how often have you been bothered by any of the following problems?",
			List.of(item(1, "Little interest or pleasure in doing things", "44250-9"),
					item(2, "Feeling down, depressed, or hopeless", "44255-8"),
					item(3, "Trouble falling or staying asleep, or sleeping too much", "44259-0"),
					item(4, "Feeling tired or having little energy", "44254-1"),
					item(5, "Poor appetite or overeating", "44251-7"),
					item(6, "Feeling bad about yourself — or that you are a failure or have let yourself or your "
							+ "family down", "44258-2"),
					item(7, "Trouble concentrating on things, such as reading the newspaper or watching television",
							"44252-5"),
					item(8, "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
							+ "being so fidgety or restless that you have been moving around a lot more than usual",
							"44253-3"),
					item(9, "Thoughts that you would be better off dead or of hurting yourself in some way",
							"44260-8")),
			"44249-1", "44261-6");

	private Phq9() {
	}

	private static Item item(int number, String text, String loinc) {
		return new Item("phq9_" + number, text, Option.FREQUENCY, loinc);
	}
}
