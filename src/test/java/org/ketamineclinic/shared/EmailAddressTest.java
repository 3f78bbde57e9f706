package org.ketamineclinic.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

	@ParameterizedTest
	@ValueSource(strings = { "sydney@example.org", "sydney.g+clinic@mail.example.co.uk", "o'brien@example.com",
			"a@b.io" })
	void ordinaryAddressesAreAccepted(String typed) {
		assertThat(EmailAddress.parse(typed)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "sydney", "sydney@", "@example.org", "sydney@example", "sydney@@example.org",
			"syd ney@example.org", "sydney@exa mple.org", ".sydney@example.org", "sydney.@example.org",
			"syd..ney@example.org", "sydney@-example.org" })
	void malformedAddressesAreRefused(String typed) {
		assertThat(EmailAddress.parse(typed)).isEmpty();
	}

	@Test
	void theDomainIsLowerCasedAndSpacesAroundAreIgnored() {
		assertThat(EmailAddress.parse("  Sydney@Example.ORG ")).map(EmailAddress::value).contains("Sydney@example.org");
	}

	@Test
	void anAddressLongerThanTheStandardAllowsIsRefused() {
		assertThat(EmailAddress.parse("a".repeat(65) + "@example.org")).isEmpty();
		assertThat(EmailAddress.parse("a@" + "b".repeat(250) + ".org")).isEmpty();
	}

	@Test
	void neverPrintsTheMailboxInLogs() {
		assertThat(new EmailAddress("sydney@example.org").toString()).doesNotContain("sydney");
	}
}
