package org.ketamineclinic.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds answer maps for tests: a questionnaire answered so that its items add up to a given total. */
final class AnswerMaps {

	private AnswerMaps() {
	}

	/** Fills items from the first with the highest answer until the total is reached, the rest with zero. */
	static Map<String, Integer> totalling(Instrument instrument, int total) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		int left = total;
		for (Item item : instrument.items()) {
			int highest = item.options().stream().mapToInt(Option::value).max().orElseThrow();
			int value = Math.min(highest, left);
			answers.put(item.key(), value);
			left -= value;
		}
		return answers;
	}

	/** C-SSRS screener answers: the listed keys "yes", every other question shown so far "no". */
	static Map<String, Integer> screener(List<String> yes) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		Instrument screener = Instruments.of(InstrumentCode.CSSRS_SCREENER);
		for (Item item : screener.items()) {
			if (Instruments.shown(screener, answers).contains(item)) {
				answers.put(item.key(), yes.contains(item.key()) ? 1 : 0);
			}
		}
		return answers;
	}
}
