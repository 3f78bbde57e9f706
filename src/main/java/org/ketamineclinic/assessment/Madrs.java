package org.ketamineclinic.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * The Montgomery–Åsberg Depression Rating Scale (Montgomery and Åsberg 1979): ten items a clinician rates 0 to 6 after
 * an interview. Only the even steps have published descriptions; 1, 3 and 5 are "between" them, as on the form.
 *
 * <p>
 * The item titles are the published ones. The anchors are short renderings of the widely reproduced English form's
 * descriptions for 0, 2, 4 and 6, shortened where the original runs to several sentences; they guide the rater and
 * are not read to the patient, so a clinician should keep the full form (with each item's rating instructions) at
 * hand. No LOINC codes: we have not verified any.
 */
final class Madrs {

	/** Item 10, suicidal thoughts: a rating at or above the clinic's threshold reaches a clinician at once. */
	static final String SUICIDAL_THOUGHTS = "madrs_10";

	static final Instrument INSTRUMENT = new Instrument(InstrumentCode.MADRS, InstrumentCode.MADRS.title(),
			"Rate each item from the interview and your observation, over the past week. 1, 3 and 5 lie between "
					+ "the described steps.",
			List.of(item(1, "Apparent sadness", "No sadness", "Looks dispirited but does brighten up without "
					+ "difficulty", "Appears sad and unhappy most of the time", "Looks miserable all the time; "
							+ "extremely despondent"),
					item(2, "Reported sadness", "Occasional sadness in keeping with the circumstances",
							"Sad or low but brightens up without difficulty",
							"Pervasive feelings of sadness or gloominess; mood still influenced by external "
									+ "circumstances",
							"Continuous or unvarying sadness, misery or despondency"),
					item(3, "Inner tension", "Placid; only fleeting inner tension",
							"Occasional feelings of edginess and ill-defined discomfort",
							"Continuous inner tension or intermittent panic, mastered only with some difficulty",
							"Unrelenting dread or anguish; overwhelming panic"),
					item(4, "Reduced sleep", "Sleeps as usual",
							"Slight difficulty dropping off to sleep, or slightly reduced, light or fitful sleep",
							"Sleep reduced or broken by at least 2 hours", "Less than 2 or 3 hours' sleep"),
					item(5, "Reduced appetite", "Normal or increased appetite", "Slightly reduced appetite",
							"No appetite; food is tasteless", "Needs persuasion to eat at all"),
					item(6, "Concentration difficulties", "No difficulties in concentrating",
							"Occasional difficulties in collecting one's thoughts",
							"Difficulties concentrating and sustaining thought that reduce the ability to read or "
									+ "hold a conversation",
							"Unable to read or converse without great difficulty"),
					item(7, "Lassitude", "Hardly any difficulty getting started; no sluggishness",
							"Difficulties in starting activities",
							"Difficulties in starting simple routine activities, carried out with effort",
							"Complete lassitude; unable to do anything without help"),
					item(8, "Inability to feel", "Normal interest in the surroundings and in other people",
							"Reduced ability to enjoy usual interests",
							"Loss of interest in the surroundings; loss of feelings for friends and acquaintances",
							"Emotionally paralysed: unable to feel anger, grief or pleasure, a complete or even "
									+ "painful failure to feel for close relatives and friends"),
					item(9, "Pessimistic thoughts", "No pessimistic thoughts",
							"Fluctuating ideas of failure, self-reproach or self-depreciation",
							"Persistent self-accusations, or definite but still rational ideas of guilt or sin; "
									+ "increasingly pessimistic about the future",
							"Delusions of ruin, remorse or unredeemable sin; absurd and unshakable "
									+ "self-accusations"),
					item(10, "Suicidal thoughts", "Enjoys life or takes it as it comes",
							"Weary of life; only fleeting suicidal thoughts",
							"Probably better off dead; suicidal thoughts are common and suicide is considered a "
									+ "possible solution, without specific plans or intention",
							"Explicit plans for suicide when there is an opportunity; active preparations for "
									+ "suicide")),
			null, null);

	private Madrs() {
	}

	/** An item rated 0–6 with the descriptions of the even steps; the odd steps lie between them. */
	private static Item item(int number, String title, String zero, String two, String four, String six) {
		String[] described = { zero, two, four, six };
		List<Option> options = new ArrayList<>();
		for (int value = 0; value <= 6; value++) {
			String label = value % 2 == 0 ? described[value / 2]
					: "Between " + (value - 1) + " and " + (value + 1);
			options.add(new Option(value, value + ": " + label, null));
		}
		return new Item("madrs_" + number, title, options, null);
	}
}
