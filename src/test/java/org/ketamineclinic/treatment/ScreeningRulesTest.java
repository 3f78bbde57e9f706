package org.ketamineclinic.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Screening recommends; every reason is listed; nothing is ever approved by the rules themselves. */
class ScreeningRulesTest {

	private final ScreeningRules rules = new ScreeningRules(new ScreeningSettings(18, 2, 180, 100,
			Duration.ofDays(365)));

	@Test
	void anAdultWithTreatmentResistantDepressionAndNoFlagsIsEligible() {
		var outcome = rules.evaluate(facts(34, true, 2, Map.of()));

		assertThat(outcome.recommendation()).isEqualTo(Recommendation.ELIGIBLE);
	}

	@Test
	void fewerThanTwoFailedTrialsIsNotTreatmentResistance() {
		var outcome = rules.evaluate(facts(34, true, 1, Map.of()));

		assertThat(outcome.recommendation()).isEqualTo(Recommendation.NOT_ELIGIBLE);
		assertThat(outcome.reasons()).containsExactly(
				"1 adequate antidepressant trial without improvement; treatment resistance needs at least 2.");
	}

	@Test
	void everyExclusionIsListedNotOnlyTheFirst() {
		var outcome = rules.evaluate(facts(17, false, 3, Map.of(ScreeningQuestion.PSYCHOSIS, true,
				ScreeningQuestion.SLEEP_APNOEA, true)));

		assertThat(outcome.recommendation()).isEqualTo(Recommendation.NOT_ELIGIBLE);
		assertThat(outcome.reasons()).containsExactly("Age 17 is under 18.",
				"No depressive disorder (ICD-10 F32 or F33) on the chart.",
				ScreeningQuestion.PSYCHOSIS.label() + ".", ScreeningQuestion.SLEEP_APNOEA.label() + ".");
	}

	@Test
	void aReviewFlagAloneNeedsAPrescribersReview() {
		var outcome = rules.evaluate(facts(50, true, 4, Map.of(ScreeningQuestion.OPIOIDS_OR_BENZODIAZEPINES, true)));

		assertThat(outcome.recommendation()).isEqualTo(Recommendation.NEEDS_REVIEW);
	}

	@Test
	void aRestingPressureAboveTheLimitIsUncontrolledHypertension() {
		var outcome = rules.evaluate(new ScreeningFacts(40, true, false, 3, true, 184, 96, none()));

		assertThat(outcome.recommendation()).isEqualTo(Recommendation.NOT_ELIGIBLE);
		assertThat(outcome.reasons()).containsExactly(
				"Resting blood pressure 184/96 is above 180/100: uncontrolled hypertension.");
	}

	@Test
	void aKetamineAllergyOnTheChartExcludesEvenWhenTheQuestionWasAnsweredNo() {
		var outcome = rules.evaluate(new ScreeningFacts(40, true, true, 3, true, null, null, none()));

		assertThat(outcome.reasons()).containsExactly("The chart lists an allergy to ketamine.");
	}

	private static ScreeningFacts facts(int age, boolean depressive, int trials, Map<ScreeningQuestion, Boolean> yes) {
		Map<ScreeningQuestion, Boolean> answers = none();
		answers.putAll(yes);
		return new ScreeningFacts(age, depressive, false, trials, true, 120, 80, answers);
	}

	private static Map<ScreeningQuestion, Boolean> none() {
		Map<ScreeningQuestion, Boolean> answers = new EnumMap<>(ScreeningQuestion.class);
		for (ScreeningQuestion question : ScreeningQuestion.values()) {
			answers.put(question, false);
		}
		return answers;
	}
}
