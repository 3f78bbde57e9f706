package org.ketamineclinic.patient;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chart number catches a misread digit and two digits swapped before the wrong chart opens. */
class MedicalRecordNumberTest {

	@Test
	void aNumberCarriesItsCheckDigit() {
		String mrn = MedicalRecordNumber.of("KC", 100001);

		assertThat(mrn).matches("KC100001\\d");
		assertThat(MedicalRecordNumber.looksValid(mrn)).isTrue();
	}

	@Test
	void aMisreadDigitOrTwoSwappedDigitsAreCaught() {
		String mrn = MedicalRecordNumber.of("KC", 123456);
		String misread = mrn.substring(0, 4) + (char) ('0' + (mrn.charAt(4) - '0' + 1) % 10) + mrn.substring(5);
		String swapped = mrn.substring(0, 3) + mrn.charAt(4) + mrn.charAt(3) + mrn.substring(5);

		assertThat(MedicalRecordNumber.looksValid(misread)).isFalse();
		assertThat(MedicalRecordNumber.looksValid(swapped)).isFalse();
		assertThat(MedicalRecordNumber.looksValid("KC12")).isFalse();
	}

	@Test
	void icd10CodesAreWrittenAsTheClassificationWritesThem() {
		assertThat(Icd10.normalised(" f33.2 ")).isEqualTo("F33.2");
		assertThat(Icd10.normalised("F3341")).isEqualTo("F33.41");
		assertThat(Icd10.normalised("F32.A")).isEqualTo("F32.A");
		assertThat(Icd10.normalised("depression")).isNull();
		assertThat(Icd10.normalised("U07.1")).isNull();
	}
}
