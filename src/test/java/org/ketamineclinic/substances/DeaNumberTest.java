package org.ketamineclinic.substances;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A supplier's DEA number is checked before it goes into a record that must stand for years. */
class DeaNumberTest {

	@Test
	void aNumberWhoseCheckDigitAddsUpIsValid() {
		// 1+3+5 = 9; 2 × (2+4+6) = 24; 9 + 24 = 33: check digit 3.
		assertThat(DeaNumber.isValid("AB1234563")).isTrue();
		// 6+2+3 = 11; 2 × (1+5+4) = 20; 31: check digit 1.
		assertThat(DeaNumber.isValid("BJ6125341")).isTrue();
	}

	@Test
	void aTypingErrorInAnyDigitIsCaught() {
		assertThat(DeaNumber.isValid("AB1234564")).isFalse();
		assertThat(DeaNumber.isValid("AB1243563")).isFalse();
	}

	@Test
	void theShapeMustBeTwoLettersAndSevenDigits() {
		assertThat(DeaNumber.isValid("A11234563")).isFalse();
		assertThat(DeaNumber.isValid("AB123456")).isFalse();
		assertThat(DeaNumber.isValid("AB12345630")).isFalse();
		assertThat(DeaNumber.isValid(null)).isFalse();
	}

	@Test
	void spacesAndLowerCaseAreTidiedBeforeTheCheck() {
		assertThat(DeaNumber.normalise(" ab 123 4563 ")).isEqualTo("AB1234563");
		assertThat(DeaNumber.normalise("ab1234560")).isNull();
	}
}
