package org.ketamineclinic.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The prescriber orders mg/kg; the calculator gives mg, mL and the pump rate, and shows its working. */
class DoseCalculatorTest {

	private final DoseCalculator calculator = new DoseCalculator(TreatmentSettings.defaults().dose());

	private static DoseRequest order(String mgPerKg, WeightBasis basis, String weightKg, String heightCm, Sex sex,
			String concentration, int minutes, String diluentMl) {
		return new DoseRequest(decimal(mgPerKg), basis, decimal(weightKg), decimal(heightCm), sex,
				decimal(concentration), minutes, decimal(diluentMl));
	}

	private static DoseRequest standardOrder(String mgPerKg, String weightKg) {
		return order(mgPerKg, WeightBasis.ACTUAL, weightKg, "175", Sex.FEMALE, "10", 40, "100");
	}

	private static BigDecimal decimal(String value) {
		return value == null ? null : new BigDecimal(value);
	}

	@ParameterizedTest(name = "{0} mg/kg on {1} weight, {2} kg, {3} cm {4}: {10} mg, {13} mL/h")
	@CsvSource(delimiter = '|', textBlock = """
			# mg/kg | basis  | kg   | cm    | sex    | mg/mL | min | diluent | basis used | basis kg | mg   | drug mL | total mL | mL/h
			# the standard order: 0.5 mg/kg over 40 min, in a 100 mL bag
			  0.5   | ACTUAL | 72.4 | 175   | FEMALE | 10    | 40  | 100     | ACTUAL     | 72.4     | 36.2 | 3.62    | 103.62   | 155.4
			# undiluted, by syringe pump
			  0.5   | ACTUAL | 72.4 | 175   | FEMALE | 10    | 40  |         | ACTUAL     | 72.4     | 36.2 | 3.62    | 3.62     | 5.4
			# ideal body weight (Devine), male: 50 + 2.3 × (70.87 in − 60) = 75 kg
			  0.5   | IDEAL  | 110  | 180   | MALE   | 10    | 40  | 100     | IDEAL      | 75.0     | 37.5 | 3.75    | 103.75   | 155.6
			# female: 45.5 + 2.3 × (64.96 in − 60) = 56.9 kg; 28.45 mg rounds half up to 28.5 mg
			  0.5   | IDEAL  | 95   | 165   | FEMALE | 10    | 40  | 100     | IDEAL      | 56.9     | 28.5 | 2.85    | 102.85   | 154.3
			# exactly 5 ft: the base weight
			  0.5   | IDEAL  | 130  | 152.4 | FEMALE | 10    | 40  | 100     | IDEAL      | 45.5     | 22.8 | 2.28    | 102.28   | 153.4
			# ideal body weight above today's weight: today's weight is used
			  0.5   | IDEAL  | 60   | 185   | MALE   | 10    | 40  | 100     | ACTUAL     | 60       | 30   | 3       | 103      | 154.5
			# rounding half up: 34.45 mg -> 34.5 mg; 0.69 mL over 40 min = 1.035 mL/h -> 1.0
			  0.5   | ACTUAL | 68.9 | 170   | MALE   | 50    | 40  |         | ACTUAL     | 68.9     | 34.5 | 0.69    | 0.69     | 1.0
			# 0.365 mL -> 0.37 mL
			  0.5   | ACTUAL | 73   | 170   | MALE   | 100   | 40  | 100     | ACTUAL     | 73       | 36.5 | 0.37    | 100.37   | 150.6
			# a 50 mL bag; 60 minutes
			  0.5   | IDEAL  | 100  | 160   | FEMALE | 50    | 40  | 50      | IDEAL      | 52.4     | 26.2 | 0.52    | 50.52    | 75.8
			  0.5   | ACTUAL | 80   | 180   | MALE   | 10    | 60  | 100     | ACTUAL     | 80       | 40   | 4       | 104      | 104
			# at the ceiling, 1.0 mg/kg
			  1.0   | ACTUAL | 70   | 170   | MALE   | 10    | 40  | 100     | ACTUAL     | 70       | 70   | 7       | 107      | 160.5
			""")
	void ordersBecomeMgMillilitresAndAPumpRate(String mgPerKg, WeightBasis basis, String weightKg, String heightCm,
			Sex sex, String concentration, int minutes, String diluentMl, WeightBasis basisUsed,
			String basisKg, String mg, String drugMl, String totalMl, String rate) {
		DoseCalculation dose = calculator
			.calculate(order(mgPerKg, basis, weightKg, heightCm, sex, concentration, minutes, diluentMl));

		assertThat(dose.basis()).isEqualTo(basisUsed);
		assertThat(dose.basisWeightKg()).isEqualByComparingTo(basisKg);
		assertThat(dose.mg()).isEqualByComparingTo(mg);
		assertThat(dose.drugMl()).isEqualByComparingTo(drugMl);
		assertThat(dose.totalMl()).isEqualByComparingTo(totalMl);
		assertThat(dose.rateMlPerHour()).isEqualByComparingTo(rate);
		assertThat(dose.aboveCeiling()).isFalse();
	}

	@Test
	void theWorkingIsWrittenOutToCheckByHand() {
		DoseCalculation dose = calculator.calculate(standardOrder("0.5", "72.4"));

		assertThat(dose.formula()).containsExactly(
				"BMI = 72.4 kg ÷ (1.75 m)² = 23.6: below 30, ideal body weight is not offered",
				"0.5 mg/kg × 72.4 kg = 36.2 mg", "36.2 mg ÷ 10 mg/mL = 3.62 mL",
				"(3.62 + 100) mL ÷ 40 min × 60 = 155.4 mL/h");
	}

	@Test
	void theWorkingShowsTheDevineFormulaWhenIdealBodyWeightIsUsed() {
		DoseCalculation dose = calculator
			.calculate(order("0.5", WeightBasis.IDEAL, "110", "180", Sex.MALE, "10", 40, "100"));

		assertThat(dose.formula()).containsExactly(
				"BMI = 110 kg ÷ (1.8 m)² = 34: at or above 30, ideal body weight is offered",
				"Ideal body weight (Devine, male) = 50 kg + 2.3 kg × (70.87 in − 60 in) = 75 kg",
				"0.5 mg/kg × 75 kg = 37.5 mg", "37.5 mg ÷ 10 mg/mL = 3.75 mL",
				"(3.75 + 100) mL ÷ 40 min × 60 = 155.6 mL/h");
	}

	@Test
	void theWorkingSaysWhenIdealBodyWeightIsNotLowerThanTodaysWeight() {
		DoseCalculation dose = calculator
			.calculate(order("0.5", WeightBasis.IDEAL, "60", "185", Sex.MALE, "10", 40, "100"));

		assertThat(dose.formula()).contains(
				"Ideal body weight 79.5 kg is not below today's 60 kg: today's weight is used.",
				"0.5 mg/kg × 60 kg = 30 mg");
	}

	@ParameterizedTest(name = "{0} kg at {1} cm: BMI {2}, ideal body weight offered: {3}")
	@CsvSource({ "110, 180, 34.0, true", "97.07, 180, 30.0, true", "97.0, 180, 29.9, false", "72.4, 175, 23.6, false" })
	void idealBodyWeightIsOfferedFromABmiOf30AsShown(String weightKg, String heightCm, String bmi, boolean offered) {
		DoseCalculation dose = calculator
			.calculate(order("0.5", WeightBasis.ACTUAL, weightKg, heightCm, Sex.MALE, "10", 40, "100"));

		assertThat(dose.bmi()).isEqualByComparingTo(bmi);
		assertThat(dose.idealWeightOffered()).isEqualTo(offered);
	}

	@Test
	void anOrderAboveTheCeilingIsOnlySignedWithThePrescribersReason() {
		DoseCalculation dose = calculator.calculate(standardOrder("1.2", "70"));

		assertThat(dose.aboveCeiling()).isTrue();
		assertThat(dose.mg()).isEqualByComparingTo("84");
		assertThat(dose.formula()).contains(
				"1.2 mg/kg is above the ceiling of 1 mg/kg: the prescriber must give a reason to override.");
		assertThatThrownBy(() -> dose.order(null)).isInstanceOf(DoseRefusal.class)
			.hasMessage("1.2 mg/kg is above the ceiling of 1 mg/kg: give the reason for the override.");
		assertThatThrownBy(() -> dose.order("   ")).isInstanceOf(DoseRefusal.class);
		assertThat(dose.order(" Partial response at 1.0 mg/kg; discussed with the patient. ").overrideReason())
			.isEqualTo("Partial response at 1.0 mg/kg; discussed with the patient.");
	}

	@Test
	void anOrderWithinTheCeilingNeedsNoReasonAndKeepsNone() {
		DoseCalculation dose = calculator.calculate(standardOrder("1.0", "70"));

		assertThat(dose.aboveCeiling()).isFalse();
		assertThat(dose.order(null).overrideReason()).isNull();
		assertThat(dose.order("no reason needed").overrideReason()).isNull();
	}

	@Test
	void theCeilingIsTheClinicsSetting() {
		DoseCalculator higherCeiling = new DoseCalculator(
				TreatmentSettings.with("dose.ceiling-mg-per-kg=1.5").dose());

		assertThat(higherCeiling.calculate(standardOrder("1.2", "70")).aboveCeiling()).isFalse();
	}

	@Test
	void theRoundingStepsAreTheClinicsSettings() {
		DoseCalculator wholeNumbers = new DoseCalculator(
				TreatmentSettings.with("dose.mg-step=1", "dose.ml-step=0.1", "dose.rate-step=1").dose());

		DoseCalculation dose = wholeNumbers.calculate(standardOrder("0.5", "72.4"));

		assertThat(dose.formula()).containsSubsequence("0.5 mg/kg × 72.4 kg = 36 mg", "36 mg ÷ 10 mg/mL = 3.6 mL",
				"(3.6 + 100) mL ÷ 40 min × 60 = 155 mL/h");
	}

	@ParameterizedTest(name = "{6}")
	@CsvSource(delimiter = '|', textBlock = """
			# mg/kg  | kg  | cm  | mg/mL | min | diluent | refusal
			  0      | 70  | 170 | 10    | 40  | 100     | The ordered dose must be above 0 mg/kg, not 0.
			  -0.5   | 70  | 170 | 10    | 40  | 100     | The ordered dose must be above 0 mg/kg, not -0.5.
			  0.0001 | 50  | 170 | 10    | 40  | 100     | 0.0001 mg/kg × 50 kg rounds to 0 mg: check the order.
			         | 70  | 170 | 10    | 40  | 100     | Enter the ordered dose in mg/kg.
			  0.5    | 0   | 170 | 10    | 40  | 100     | Today's weight must be above 0 kg, not 0.
			  0.5    | 401 | 170 | 10    | 40  | 100     | A weight of 401 kg is above the 400 kg the clinic accepts: check the entry.
			  0.5    |     | 170 | 10    | 40  | 100     | Enter today's weight in kg.
			  0.5    | 70  | 99  | 10    | 40  | 100     | A height of 99 cm is outside 100–250 cm: check the entry.
			  0.5    | 70  | 251 | 10    | 40  | 100     | A height of 251 cm is outside 100–250 cm: check the entry.
			  0.5    | 70  | 1.7 | 10    | 40  | 100     | A height of 1.7 cm is outside 100–250 cm: check the entry.
			  0.5    | 70  |     | 10    | 40  | 100     | Enter the height in cm.
			  0.5    | 70  | 170 | 0     | 40  | 100     | The concentration must be above 0 mg/mL, not 0.
			  0.5    | 70  | 170 |       | 40  | 100     | Enter the concentration in mg/mL.
			  0.5    | 70  | 170 | 10    | 0   | 100     | The infusion must last at least 1 minute, not 0.
			  0.5    | 70  | 170 | 10    | -40 | 100     | The infusion must last at least 1 minute, not -40.
			  0.5    | 70  | 170 | 10    | 40  | -5      | The diluent volume cannot be negative: -5 mL.
			""")
	void entriesNoPatientOrOrderCouldHaveAreRefused(String mgPerKg, String weightKg, String heightCm,
			String concentration, int minutes, String diluentMl, String refusal) {
		assertThatThrownBy(() -> calculator.calculate(
				order(mgPerKg, WeightBasis.ACTUAL, weightKg, heightCm, Sex.MALE, concentration, minutes, diluentMl)))
			.isInstanceOf(DoseRefusal.class)
			.hasMessage(refusal);
	}

	@Test
	void theLimitsThemselvesAreAccepted() {
		assertThat(calculator.calculate(order("0.5", WeightBasis.ACTUAL, "400", "250", null, "10", 40, "100")).mg())
			.isEqualByComparingTo("200");
		assertThat(calculator.calculate(order("0.5", WeightBasis.ACTUAL, "30", "100", null, "10", 1, null)).mg())
			.isEqualByComparingTo("15");
	}

	@Test
	void idealBodyWeightNeedsTheSexTheDevineFormulaDistinguishes() {
		assertThatThrownBy(() -> calculator
			.calculate(order("0.5", WeightBasis.IDEAL, "110", "180", null, "10", 40, "100")))
			.isInstanceOf(DoseRefusal.class)
			.hasMessage("Ideal body weight needs the patient's sex (the Devine formula differs).");
	}

	@Test
	void idealBodyWeightIsNotGuessedBelowFiveFeet() {
		assertThatThrownBy(() -> calculator
			.calculate(order("0.5", WeightBasis.IDEAL, "80", "150", Sex.FEMALE, "10", 40, "100")))
			.isInstanceOf(DoseRefusal.class)
			.hasMessage("The Devine formula for ideal body weight starts at 5 ft (152.4 cm); at 150 cm, order on "
					+ "actual weight.");
	}

	@Test
	void theWeightBasisMustBeChosen() {
		assertThatThrownBy(() -> calculator.calculate(order("0.5", null, "70", "170", Sex.MALE, "10", 40, "100")))
			.isInstanceOf(DoseRefusal.class)
			.hasMessage("Choose the weight basis: actual or ideal body weight.");
	}
}
