package org.ketamineclinic.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Item 9 above "not at all", a C-SSRS risk from moderate, or a clinician's MADRS suicidal-thoughts rating from 4
 * reaches a clinician; a high total alone does not.
 */
class SafetyRuleTest {

	private final Instrument phq9 = Instruments.of(InstrumentCode.PHQ9);

	private final Instrument screener = Instruments.of(InstrumentCode.CSSRS_SCREENER);

	@Test
	void item9SeveralDaysIsAConcern() {
		Map<String, Integer> answers = AnswerMaps.totalling(phq9, 0);
		answers.put("phq9_9", 1);

		assertThat(SafetyRule.defaults().concern(Scoring.score(phq9, answers))).isTrue();
	}

	@Test
	void severeDepressionWithItem9NotAtAllIsNotASafetyConcern() {
		Map<String, Integer> answers = AnswerMaps.totalling(phq9, 24);

		Score score = Scoring.score(phq9, answers);

		assertThat(score.total()).isEqualTo(24);
		assertThat(score.band()).isEqualTo("severe");
		assertThat(SafetyRule.defaults().concern(score)).isFalse();
	}

	@Test
	void item9IsAConcernEvenIfThePersonStopsThere() {
		assertThat(SafetyRule.defaults().concern(Scoring.score(phq9, Map.of("phq9_9", 3)))).isTrue();
	}

	@Test
	void aLowRiskScreenIsNotAConcernAndAModerateOneIs() {
		Score low = Scoring.score(screener, AnswerMaps.screener(List.of("cssrs_1")));
		Score moderate = Scoring.score(screener, AnswerMaps.screener(List.of("cssrs_2", "cssrs_3")));

		assertThat(SafetyRule.defaults().concern(low)).isFalse();
		assertThat(SafetyRule.defaults().concern(moderate)).isTrue();
	}

	@Test
	void aGad7IsNeverASafetyConcern() {
		Instrument gad7 = Instruments.of(InstrumentCode.GAD7);

		assertThat(SafetyRule.defaults().concern(Scoring.score(gad7, AnswerMaps.totalling(gad7, 21)))).isFalse();
	}

	@Test
	void theClinicsThresholdsChangeWhatIsAConcern() {
		SafetyRule stricter = new SafetyRule(0, RiskLevel.LOW, 4);
		SafetyRule laxer = new SafetyRule(1, RiskLevel.HIGH, 4);
		Map<String, Integer> item9SeveralDays = AnswerMaps.totalling(phq9, 0);
		item9SeveralDays.put("phq9_9", 1);
		Score low = Scoring.score(screener, AnswerMaps.screener(List.of("cssrs_1")));
		Score moderate = Scoring.score(screener, AnswerMaps.screener(List.of("cssrs_6")));

		assertThat(stricter.concern(low)).isTrue();
		assertThat(laxer.concern(moderate)).isFalse();
		assertThat(laxer.concern(Scoring.score(phq9, item9SeveralDays))).isFalse();
	}

	@Test
	void aClinicianRatingSuicidalThoughtsAtFourOrMoreIsAConcernAndBelowIsNot() {
		Instrument madrs = Instruments.of(InstrumentCode.MADRS);
		Map<String, Integer> three = AnswerMaps.totalling(madrs, 0);
		three.put("madrs_10", 3);
		Map<String, Integer> four = AnswerMaps.totalling(madrs, 0);
		four.put("madrs_10", 4);

		assertThat(SafetyRule.defaults().concern(Scoring.score(madrs, three))).isFalse();
		assertThat(SafetyRule.defaults().concern(Scoring.score(madrs, four))).isTrue();
		assertThat(SafetyRule.defaults().concern(Scoring.score(madrs, Map.of("madrs_10", 6)))).isTrue();
		assertThat(new SafetyRule(0, RiskLevel.MODERATE, 2).concern(Scoring.score(madrs, three))).isTrue();
	}

	@Test
	void aSevereMadrsWithoutSuicidalThoughtsIsNotASafetyConcern() {
		Instrument madrs = Instruments.of(InstrumentCode.MADRS);

		Score score = Scoring.score(madrs, AnswerMaps.totalling(madrs, 54));

		assertThat(score.band()).isEqualTo("severe");
		assertThat(SafetyRule.defaults().concern(score)).isFalse();
	}

	@Test
	void thresholdsThatWouldSwitchTheAlertOffAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SafetyRule(3, RiskLevel.MODERATE, 4));
		assertThatIllegalArgumentException().isThrownBy(() -> new SafetyRule(0, RiskLevel.NONE, 4));
		assertThatIllegalArgumentException().isThrownBy(() -> new SafetyRule(0, RiskLevel.MODERATE, 7));
		assertThatIllegalArgumentException().isThrownBy(() -> new SafetyRule(0, RiskLevel.MODERATE, 0));
	}
}
