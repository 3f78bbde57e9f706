package org.ketamineclinic.substances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The arithmetic of a vial's balance: mg is the book, mL follows from the concentration, nothing goes below zero. */
class VialBalanceTest {

	static final BigDecimal FIFTY_MG_PER_ML = new BigDecimal("50");

	@Test
	void aFullTenMillilitreVialAtFiftyMgPerMlHoldsFiveHundredMg() {
		var full = VialBalance.full(new BigDecimal("10"), FIFTY_MG_PER_ML);
		assertThat(full.mg()).isEqualByComparingTo("500");
		assertThat(full.ml()).isEqualByComparingTo("10.00");
	}

	@Test
	void aDrawInMgIsMeasuredInMlToTheHundredth() {
		var full = VialBalance.full(new BigDecimal("10"), FIFTY_MG_PER_ML);
		assertThat(full.mlFor(new BigDecimal("35"))).isEqualByComparingTo("0.70");
		assertThat(full.mlFor(new BigDecimal("33.33"))).isEqualByComparingTo("0.67");
		var after = full.less(new BigDecimal("33.33"));
		assertThat(after.mg()).isEqualByComparingTo("466.67");
		assertThat(after.ml()).isEqualByComparingTo("9.33");
	}

	@Test
	void theBalanceCanReachZeroButNeverGoBelowIt() {
		var small = new VialBalance(new BigDecimal("20"), FIFTY_MG_PER_ML);
		assertThat(small.less(new BigDecimal("20")).mg()).isEqualByComparingTo("0");
		assertThat(small.holds(new BigDecimal("20.01"))).isFalse();
		assertThatThrownBy(() -> small.less(new BigDecimal("20.01"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aVialRefusesADrawLargerThanItsBalanceWithAMessageForPeople() {
		var vial = new Vial(7, "seattle", "LOT-1", LocalDate.of(2027, 1, 31),
				new VialBalance(new BigDecimal("40"), FIFTY_MG_PER_ML), 3);
		assertThatThrownBy(() -> vial.draw(new BigDecimal("50"), "seattle", LocalDate.of(2026, 12, 7)))
			.isInstanceOf(SubstanceRefusal.class)
			.hasMessageContaining("holds only 40.00 mg (0.80 mL)");
		var drawn = vial.draw(new BigDecimal("40"), "seattle", LocalDate.of(2026, 12, 7));
		assertThat(drawn.after().mg()).isEqualByComparingTo("0");
		assertThat(drawn.seq()).isEqualTo(4);
	}

	@Test
	void aVialCanBeUsedOnItsExpiryDateButNotTheDayAfter() {
		var vial = new Vial(7, "seattle", "LOT-1", LocalDate.of(2026, 12, 7),
				new VialBalance(new BigDecimal("500"), FIFTY_MG_PER_ML), 1);
		assertThat(vial.draw(BigDecimal.TEN, "seattle", LocalDate.of(2026, 12, 7)).after().mg()).isEqualByComparingTo("490");
		assertThatThrownBy(() -> vial.draw(BigDecimal.TEN, "seattle", LocalDate.of(2026, 12, 8)))
			.isInstanceOf(SubstanceRefusal.class)
			.hasMessageContaining("expired on 2026-12-07");
	}

	@Test
	void amountsWithMoreThanTwoDecimalsOrNoneAtAllAreRefusedNotRounded() {
		var vial = new Vial(7, "seattle", "LOT-1", LocalDate.of(2027, 1, 31),
				new VialBalance(new BigDecimal("500"), FIFTY_MG_PER_ML), 1);
		assertThatThrownBy(() -> vial.draw(new BigDecimal("10.005"), "seattle", LocalDate.of(2026, 12, 7)))
			.isInstanceOf(SubstanceRefusal.class);
		assertThatThrownBy(() -> vial.draw(BigDecimal.ZERO, "seattle", LocalDate.of(2026, 12, 7)))
			.isInstanceOf(SubstanceRefusal.class);
	}
}
