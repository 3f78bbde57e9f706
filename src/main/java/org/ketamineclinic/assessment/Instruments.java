package org.ketamineclinic.assessment;

import java.util.List;
import java.util.Map;

/** The clinic's questionnaires, looked up by code, and which of their questions a person is shown. */
public final class Instruments {

	private Instruments() {
	}

	public static Instrument of(InstrumentCode code) {
		switch (code) {
			case PHQ9:
				return Phq9.INSTRUMENT;
			case GAD7:
				return Gad7.INSTRUMENT;
			case CSSRS_SCREENER:
				return CssrsScreener.INSTRUMENT;
			case MADRS:
				return Madrs.INSTRUMENT;
			default:
				throw new IllegalArgumentException("No instrument " + code);
		}
	}

	/**
	 * The items a person is shown given the answers so far, in order. The PHQ-9, the GAD-7 and the MADRS ask everything; the
	 * C-SSRS screener skips questions 3 to 5 after a "no" to question 2, and asks when the behaviour of question 6
	 * happened only after a "yes". A form re-rendered with this list after each answer follows the paper form.
	 */
	public static List<Item> shown(Instrument instrument, Map<String, Integer> answers) {
		if (instrument.code() == InstrumentCode.CSSRS_SCREENER) {
			return CssrsScreener.shown(answers);
		}
		return instrument.items();
	}
}
