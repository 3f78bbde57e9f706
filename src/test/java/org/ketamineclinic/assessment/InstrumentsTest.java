package org.ketamineclinic.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The questionnaires carry the published items, answers and the LOINC codes of DOMAIN.md §4. */
class InstrumentsTest {

	@Test
	void thePhq9HasNineItemsWithTheirLoincCodesInOrder() {
		Instrument phq9 = Instruments.of(InstrumentCode.PHQ9);

		assertThat(phq9.items()).extracting(Item::loinc).containsExactly("44250-9", "44255-8", "44259-0", "44254-1",
				"44251-7", "44258-2", "44252-5", "44253-3", "44260-8");
		assertThat(phq9.items()).extracting(Item::key).containsExactly("phq9_1", "phq9_2", "phq9_3", "phq9_4",
				"phq9_5", "phq9_6", "phq9_7", "phq9_8", "phq9_9");
		assertThat(phq9.panelLoinc()).isEqualTo("44249-1");
		assertThat(phq9.totalLoinc()).isEqualTo("44261-6");
		assertThat(phq9.title()).isEqualTo("PHQ-9");
	}

	@Test
	void everyPhq9ItemOffersTheFourAnswersWithTheirLoincAnswerCodes() {
		for (Item item : Instruments.of(InstrumentCode.PHQ9).items()) {
			assertThat(item.options()).extracting(Option::value).containsExactly(0, 1, 2, 3);
			assertThat(item.options()).extracting(Option::label).containsExactly("Not at all", "Several days",
					"More than half the days", "Nearly every day");
			assertThat(item.options()).extracting(Option::loincAnswer).containsExactly("LA6568-5", "LA6569-3",
					"LA6570-1", "LA6571-9");
		}
	}

	@Test
	void onlyItem9IsTheSelfHarmQuestion() {
		Instrument phq9 = Instruments.of(InstrumentCode.PHQ9);

		assertThat(phq9.items()).filteredOn(Item::selfHarm).extracting(Item::key).containsExactly("phq9_9");
		assertThat(phq9.item(Item.PHQ9_SELF_HARM)).get().extracting(Item::text).asString()
			.startsWith("Thoughts that you would be better off dead");
	}

	@Test
	void theGad7HasSevenItemsAndItsPanelCodes() {
		Instrument gad7 = Instruments.of(InstrumentCode.GAD7);

		assertThat(gad7.items()).hasSize(7);
		assertThat(gad7.panelLoinc()).isEqualTo("69737-5");
		assertThat(gad7.totalLoinc()).isEqualTo("70274-6");
		assertThat(gad7.items()).allSatisfy(item -> assertThat(item.options()).hasSize(4));
	}

	@Test
	void theScreenerHasSixYesNoQuestionsAndTheTimingFollowUp() {
		Instrument screener = Instruments.of(InstrumentCode.CSSRS_SCREENER);

		assertThat(screener.items()).extracting(Item::key).containsExactly("cssrs_1", "cssrs_2", "cssrs_3", "cssrs_4",
				"cssrs_5", "cssrs_6", "cssrs_6_recent");
		assertThat(screener.items()).allSatisfy(
				item -> assertThat(item.options()).extracting(Option::label).containsExactly("No", "Yes"));
	}

	@Test
	void thePhq9AndGad7ShowEveryItemWhateverTheAnswers() {
		Instrument gad7 = Instruments.of(InstrumentCode.GAD7);

		assertThat(Instruments.shown(gad7, Map.of())).isEqualTo(gad7.items());
	}

	@Test
	void anUnknownItemKeyFindsNothing() {
		assertThat(Instruments.of(InstrumentCode.PHQ9).item("phq9_10")).isEmpty();
	}

	@Test
	void theMadrsHasTenItemsEachRatedZeroToSixWithTheEvenStepsDescribed() {
		Instrument madrs = Instruments.of(InstrumentCode.MADRS);

		assertThat(madrs.items()).extracting(Item::text).containsExactly("Apparent sadness", "Reported sadness",
				"Inner tension", "Reduced sleep", "Reduced appetite", "Concentration difficulties", "Lassitude",
				"Inability to feel", "Pessimistic thoughts", "Suicidal thoughts");
		for (Item item : madrs.items()) {
			assertThat(item.options()).extracting(Option::value).containsExactly(0, 1, 2, 3, 4, 5, 6);
			assertThat(item.options().get(1).label()).isEqualTo("1: Between 0 and 2");
		}
		assertThat(madrs.item("madrs_10").orElseThrow().options().get(6).label())
			.startsWith("6: Explicit plans for suicide");
	}
}
