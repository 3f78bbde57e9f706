package org.ketamineclinic.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

	@ParameterizedTest
	@ValueSource(strings = { "(206) 555-0142", "206-555-0142", "206.555.0142", "2065550142", "+1 206 555 0142",
			"1 (206) 555-0142", " 206 555 0142 " })
	void aUsNumberTypedAnyCommonWayBecomesE164(String typed) {
		assertThat(PhoneNumber.parse(typed, "US")).contains(new PhoneNumber("+12065550142"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "12345", "555-1234", "(000) 555-0142", "call me", "+1 206 555 01420",
			"206-555-0142-206-555-0142-206-555-0142-206" })
	void somethingThatIsNotADiallableNumberIsRefused(String typed) {
		assertThat(PhoneNumber.parse(typed, "US")).isEmpty();
	}

	@Test
	void anInternationalNumberKeepsItsCountry() {
		assertThat(PhoneNumber.parse("+44 20 7946 0018", "US")).map(PhoneNumber::e164).contains("+442079460018");
	}

	@Test
	void isPrintedForPeopleInTheNationalFormat() {
		assertThat(new PhoneNumber("+12065550142").national()).isEqualTo("(206) 555-0142");
		assertThat(new PhoneNumber("+12065550142").telUri()).isEqualTo("tel:+12065550142");
	}

	@Test
	void neverPrintsTheWholeNumberInLogs() {
		assertThat(new PhoneNumber("+12065550142").toString()).doesNotContain("5550142").endsWith("42]");
	}

	@Test
	void onlyHoldsE164() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("206-555-0142"));
	}
}
