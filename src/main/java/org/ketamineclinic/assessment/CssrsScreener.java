package org.ketamineclinic.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Columbia Suicide Severity Rating Scale screener (C-SSRS, Posner et al.), six yes/no questions in the lay wording
 * of the Columbia Lighthouse Project's screen version, with its skip logic and its triage into risk levels. No item
 * LOINC codes: we have not verified any, and a wrong code on a suicide screen is worse than none.
 */
final class CssrsScreener {

	static final String WISH_TO_BE_DEAD = "cssrs_1";

	static final String THOUGHTS = "cssrs_2";

	static final String METHOD = "cssrs_3";

	static final String INTENT = "cssrs_4";

	static final String PLAN = "cssrs_5";

	static final String BEHAVIOUR = "cssrs_6";

	static final String BEHAVIOUR_RECENT = "cssrs_6_recent";

	static final Instrument INSTRUMENT = new Instrument(InstrumentCode.CSSRS_SCREENER,
			InstrumentCode.CSSRS_SCREENER.title(),
			"Please answer yes or no. Questions 1 to 5 are about the past month.",
			List.of(item(WISH_TO_BE_DEAD,
					"Have you wished you were dead or wished you could go to sleep and not wake up?"),
					item(THOUGHTS, "Have you actually had any thoughts of killing yourself?"),
					item(METHOD, "Have you been thinking about how you might do this?"),
					item(INTENT, "Have you had these thoughts and had some intention of acting on them?"),
					item(PLAN, "Have you started to work out or worked out the details of how to kill yourself? "
							+ "Do you intend to carry out this plan?"),
					item(BEHAVIOUR, "Have you ever done anything, started to do anything, or prepared to do anything "
							+ "to end your life? (For example: collected pills, obtained a gun, gave away valuables, "
							+ "wrote a will or suicide note, took out pills but didn't swallow any, held a gun but "
							+ "changed your mind or it was grabbed from your hand, went to the roof but didn't jump; "
							+ "or actually took pills, tried to shoot yourself, cut yourself, "
							+ "tried to hang yourself.)"),
					item(BEHAVIOUR_RECENT, "Was this within the past 3 months?")),
			null, null);

	private CssrsScreener() {
	}

	/**
	 * Columbia's skip logic: questions 3 to 5 only follow a "yes" to question 2 (a person without thoughts of killing
	 * themselves is not asked about method, intent or plan); question 6 is always asked, and its "past 3 months"
	 * follow-up only after a "yes".
	 */
	static List<Item> shown(Map<String, Integer> answers) {
		List<Item> shown = new ArrayList<>();
		for (Item item : INSTRUMENT.items()) {
			boolean followsQ2 = item.key().equals(METHOD) || item.key().equals(INTENT) || item.key().equals(PLAN);
			boolean followsQ6 = item.key().equals(BEHAVIOUR_RECENT);
			if (followsQ2 && !yes(answers, THOUGHTS) || followsQ6 && !yes(answers, BEHAVIOUR)) {
				continue;
			}
			shown.add(item);
		}
		return shown;
	}

	/**
	 * Columbia's triage: the highest level any "yes" reaches. Behaviour counts as high only when recent; behaviour
	 * whose timing is not yet known counts as moderate, the level it reaches either way. "No risk" needs every shown
	 * question answered, so an unfinished screen with no "yes" yet has no level (null) rather than a reassuring one.
	 */
	static RiskLevel risk(Map<String, Integer> answers, boolean complete) {
		if (yes(answers, INTENT) || yes(answers, PLAN) || yes(answers, BEHAVIOUR) && yes(answers, BEHAVIOUR_RECENT)) {
			return RiskLevel.HIGH;
		}
		if (yes(answers, METHOD) || yes(answers, BEHAVIOUR)) {
			return RiskLevel.MODERATE;
		}
		if (yes(answers, WISH_TO_BE_DEAD) || yes(answers, THOUGHTS)) {
			return RiskLevel.LOW;
		}
		return complete ? RiskLevel.NONE : null;
	}

	private static boolean yes(Map<String, Integer> answers, String key) {
		Integer value = answers.get(key);
		return value != null && value == 1;
	}

	private static Item item(String key, String text) {
		return new Item(key, text, Option.NO_YES, null);
	}
}
