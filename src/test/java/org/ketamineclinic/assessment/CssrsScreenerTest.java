package org.ketamineclinic.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Columbia screener's skip logic and triage: the highest "yes" sets the risk; recent behaviour is high risk. */
class CssrsScreenerTest {

	private final Instrument screener = Instruments.of(InstrumentCode.CSSRS_SCREENER);

	@Test
	void noThoughtsOfKillingYourselfSkipsMethodIntentAndPlanAndGoesToBehaviour() {
		List<Item> shown = Instruments.shown(screener, Map.of("cssrs_1", 1, "cssrs_2", 0));

		assertThat(shown).extracting(Item::key).containsExactly("cssrs_1", "cssrs_2", "cssrs_6");
	}

	@Test
	void thoughtsOfKillingYourselfLeadToTheQuestionsAboutMethodIntentAndPlan() {
		List<Item> shown = Instruments.shown(screener, Map.of("cssrs_1", 1, "cssrs_2", 1));

		assertThat(shown).extracting(Item::key).containsExactly("cssrs_1", "cssrs_2", "cssrs_3", "cssrs_4",
				"cssrs_5", "cssrs_6");
	}

	@Test
	void whenTheBehaviourHappenedIsAskedOnlyAfterAYes() {
		assertThat(Instruments.shown(screener, Map.of("cssrs_6", 0))).extracting(Item::key)
			.doesNotContain("cssrs_6_recent");
		assertThat(Instruments.shown(screener, Map.of("cssrs_6", 1))).extracting(Item::key)
			.endsWith("cssrs_6", "cssrs_6_recent");
	}

	@Test
	void skippedQuestionsAreNotMissing() {
		Score score = Scoring.score(screener, Map.of("cssrs_1", 0, "cssrs_2", 0, "cssrs_6", 0));

		assertThat(score.scorable()).isTrue();
		assertThat(score.missing()).isEmpty();
		assertThat(score.risk()).isEqualTo(RiskLevel.NONE);
		assertThat(score.total()).isNull();
	}

	@Test
	void answersToSkippedQuestionsDoNotCount() {
		Score score = Scoring.score(screener, Map.of("cssrs_1", 0, "cssrs_2", 0, "cssrs_4", 1, "cssrs_6", 0));

		assertThat(score.risk()).isEqualTo(RiskLevel.NONE);
	}

	@ParameterizedTest(name = "yes to {0} is {1}")
	@CsvSource({ "'', NONE", "cssrs_1, LOW", "cssrs_2, LOW", "cssrs_1 cssrs_2, LOW", "cssrs_2 cssrs_3, MODERATE",
			"cssrs_2 cssrs_4, HIGH", "cssrs_2 cssrs_5, HIGH", "cssrs_2 cssrs_3 cssrs_4 cssrs_5, HIGH",
			"cssrs_6, MODERATE", "cssrs_6 cssrs_6_recent, HIGH", "cssrs_1 cssrs_6 cssrs_6_recent, HIGH" })
	void theHighestYesSetsTheRisk(String yes, RiskLevel risk) {
		Score score = Scoring.score(screener, AnswerMaps.screener(Arrays.asList(yes.split(" "))));

		assertThat(score.scorable()).isTrue();
		assertThat(score.risk()).isEqualTo(risk);
	}

	@Test
	void anUnfinishedScreenWithNoYesHasNoRiskLevelYet() {
		Score score = Scoring.score(screener, Map.of("cssrs_1", 0));

		assertThat(score.scorable()).isFalse();
		assertThat(score.missing()).containsExactly("cssrs_2", "cssrs_6");
		assertThat(score.risk()).isNull();
	}

	@Test
	void behaviourOfUnknownTimingIsAtLeastModerateAndTheTimingIsMissing() {
		Score score = Scoring.score(screener, Map.of("cssrs_1", 0, "cssrs_2", 0, "cssrs_6", 1));

		assertThat(score.missing()).containsExactly("cssrs_6_recent");
		assertThat(score.risk()).isEqualTo(RiskLevel.MODERATE);
	}

	@Test
	void intentIsHighRiskEvenBeforeTheScreenIsFinished() {
		Score score = Scoring.score(screener, Map.of("cssrs_1", 1, "cssrs_2", 1, "cssrs_4", 1));

		assertThat(score.scorable()).isFalse();
		assertThat(score.risk()).isEqualTo(RiskLevel.HIGH);
	}
}
