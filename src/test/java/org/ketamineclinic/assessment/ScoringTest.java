package org.ketamineclinic.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Totals and bands follow the published cut-offs; an incomplete questionnaire gets no total, never an estimate. */
class ScoringTest {

	@ParameterizedTest(name = "{0} total {1} is {2}")
	@CsvSource({ "PHQ9, 0, minimal", "PHQ9, 4, minimal", "PHQ9, 5, mild", "PHQ9, 9, mild", "PHQ9, 10, moderate",
			"PHQ9, 14, moderate", "PHQ9, 15, moderately severe", "PHQ9, 19, moderately severe", "PHQ9, 20, severe",
			"PHQ9, 27, severe", "GAD7, 0, minimal", "GAD7, 4, minimal", "GAD7, 5, mild", "GAD7, 9, mild",
			"GAD7, 10, moderate", "GAD7, 14, moderate", "GAD7, 15, severe", "GAD7, 21, severe", "MADRS, 0, normal",
			"MADRS, 6, normal", "MADRS, 7, mild", "MADRS, 19, mild", "MADRS, 20, moderate", "MADRS, 34, moderate",
			"MADRS, 35, severe", "MADRS, 60, severe" })
	void aCompleteQuestionnaireIsTotalledAndBanded(InstrumentCode code, int total, String band) {
		Instrument instrument = Instruments.of(code);

		Score score = Scoring.score(instrument, AnswerMaps.totalling(instrument, total));

		assertThat(score.scorable()).isTrue();
		assertThat(score.total()).isEqualTo(total);
		assertThat(score.band()).isEqualTo(band);
		assertThat(score.missing()).isEmpty();
	}

	@Test
	void aPhq9WithOneAnswerMissingHasNoTotalAndNamesTheItem() {
		Instrument phq9 = Instruments.of(InstrumentCode.PHQ9);
		Map<String, Integer> answers = AnswerMaps.totalling(phq9, 20);
		answers.remove("phq9_4");

		Score score = Scoring.score(phq9, answers);

		assertThat(score.scorable()).isFalse();
		assertThat(score.total()).isNull();
		assertThat(score.band()).isNull();
		assertThat(score.missing()).containsExactly("phq9_4");
	}

	@Test
	void aMadrsWithOneItemNotRatedHasNoTotalAndNamesTheItem() {
		Instrument madrs = Instruments.of(InstrumentCode.MADRS);
		Map<String, Integer> ratings = AnswerMaps.totalling(madrs, 30);
		ratings.remove("madrs_7");

		Score score = Scoring.score(madrs, ratings);

		assertThat(score.scorable()).isFalse();
		assertThat(score.total()).isNull();
		assertThat(score.band()).isNull();
		assertThat(score.missing()).containsExactly("madrs_7");
	}

	@Test
	void theMadrsSuicidalThoughtsRatingIsReportedEvenWhenOtherItemsAreNotRated() {
		Score score = Scoring.score(Instruments.of(InstrumentCode.MADRS), Map.of("madrs_10", 4));

		assertThat(score.scorable()).isFalse();
		assertThat(score.selfHarm()).isEqualTo(4);
	}

	@Test
	void anUnansweredGad7ListsEveryItemAsMissing() {
		Score score = Scoring.score(Instruments.of(InstrumentCode.GAD7), Map.of());

		assertThat(score.scorable()).isFalse();
		assertThat(score.missing()).containsExactly("gad7_1", "gad7_2", "gad7_3", "gad7_4", "gad7_5", "gad7_6",
				"gad7_7");
	}

	@ParameterizedTest(name = "{0} = {1} is refused")
	@CsvSource({ "phq9_1, 4", "phq9_9, -1", "phq9_3, 7" })
	void anAnswerThatIsNotAnOptionIsRefused(String key, int value) {
		Instrument phq9 = Instruments.of(InstrumentCode.PHQ9);
		Map<String, Integer> answers = AnswerMaps.totalling(phq9, 0);
		answers.put(key, value);

		assertThatIllegalArgumentException().isThrownBy(() -> Scoring.score(phq9, answers)).withMessageContaining(key);
	}

	@Test
	void item9IsReportedEvenWhenThePhq9IsUnfinished() {
		Score score = Scoring.score(Instruments.of(InstrumentCode.PHQ9), Map.of("phq9_9", 2));

		assertThat(score.scorable()).isFalse();
		assertThat(score.selfHarm()).isEqualTo(2);
		assertThat(score.selfHarmAnswered()).isTrue();
	}

	@Test
	void item9NotAtAllIsNotASelfHarmAnswer() {
		Instrument phq9 = Instruments.of(InstrumentCode.PHQ9);

		Score score = Scoring.score(phq9, AnswerMaps.totalling(phq9, 24));

		assertThat(score.selfHarm()).isZero();
		assertThat(score.selfHarmAnswered()).isFalse();
		assertThat(score.risk()).isNull();
	}
}
