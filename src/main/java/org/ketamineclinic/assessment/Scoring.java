package org.ketamineclinic.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a questionnaire from its answers (item key to option value).
 *
 * <p>
 * A questionnaire with any shown item unanswered is not scorable, and no total is prorated: the clinic compares each
 * total with the baseline and over the course of treatment (response, remission, the 5-point change), and a total
 * estimated from fewer items would move for reasons that are not the person's mood. The missing keys are listed so
 * the person can be asked again.
 *
 * <p>
 * Answers to items that were not shown (C-SSRS questions 3 to 5 after a "no" to question 2) are ignored, as on paper;
 * keys that are not items of the instrument are ignored too. A value that is not one of the item's options is refused,
 * because the web layer only ever offers valid values and anything else is a bug or tampering.
 */
public final class Scoring {

	private Scoring() {
	}

	public static Score score(Instrument instrument, Map<String, Integer> answers) {
		checkValues(instrument, answers);
		Map<String, Integer> given = new HashMap<>();
		List<String> missing = new ArrayList<>();
		for (Item item : Instruments.shown(instrument, answers)) {
			Integer value = answers.get(item.key());
			if (value == null) {
				missing.add(item.key());
			}
			else {
				given.put(item.key(), value);
			}
		}
		boolean scorable = missing.isEmpty();
		if (instrument.code() == InstrumentCode.CSSRS_SCREENER) {
			return new Score(instrument.code(), null, null, scorable, missing, CssrsScreener.risk(given, scorable),
					false, null);
		}
		Integer total = scorable ? given.values().stream().mapToInt(Integer::intValue).sum() : null;
		String band = total == null ? null
				: Severity.of(instrument.code(), total).map(Severity::label).orElseThrow(
						() -> new IllegalStateException("No %s band for %d".formatted(instrument.title(), total)));
		Integer selfHarm = switch (instrument.code()) {
			case PHQ9 -> given.get(Item.PHQ9_SELF_HARM);
			case MADRS -> given.get(Madrs.SUICIDAL_THOUGHTS);
			default -> null;
		};
		return new Score(instrument.code(), total, band, scorable, missing, null, selfHarm != null && selfHarm > 0,
				selfHarm);
	}

	private static void checkValues(Instrument instrument, Map<String, Integer> answers) {
		for (Item item : instrument.items()) {
			Integer value = answers.get(item.key());
			if (value != null && !item.accepts(value)) {
				throw new IllegalArgumentException(
						"%s is not an answer to %s %s".formatted(value, instrument.title(), item.key()));
			}
		}
	}
}
