package org.ketamineclinic.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

	/** The defaults of clinic.staff.* (see the @DefaultValue annotations on StaffProperties). */
	private static final StaffProperties DEFAULTS = new StaffProperties(Duration.ofHours(24), Duration.ofHours(72),
			Duration.ofMinutes(15), Duration.ofMinutes(2), Duration.ofHours(12), 5, Duration.ofMinutes(15), 50,
			Duration.ofMinutes(15), 12, 128, 10);

	/** Loading the list of 100,000 passwords takes a moment: once for the whole class. */
	private static final PasswordPolicy policy = new PasswordPolicy(DEFAULTS);

	private static final String EMAIL = "ana.lopez@example.org";

	@Test
	void elevenCharactersAreTooFew() {
		assertThat(policy.problemWith("tulip-kettl", EMAIL))
			.hasValue("Use at least 12 characters. A few unrelated words make a long password that is easy to "
					+ "remember.");
	}

	@Test
	void twelveCharactersAreEnoughWhenThePasswordIsUncommon() {
		assertThat(policy.problemWith("tulip-kettle", EMAIL)).isEmpty();
	}

	@Test
	void noPasswordAtAllIsTooShort() {
		assertThat(policy.problemWith(null, EMAIL)).get().asString().startsWith("Use at least 12 characters.");
		assertThat(policy.problemWith("", EMAIL)).isPresent();
	}

	@Test
	void lengthIsCountedInCharactersAPersonSeesNotInBytes() {
		// Eleven flowers are 22 Java chars but only 11 characters.
		assertThat(policy.problemWith("\uD83C\uDF37".repeat(11), EMAIL)).get().asString().startsWith("Use at least");
		assertThat(policy.problemWith("\uD83C\uDF37".repeat(12), EMAIL)).isEmpty();
	}

	@Test
	void upTo128CharactersAreAcceptedAndNoMore() {
		String longest = "tulip kettle harbour ".repeat(7).substring(0, 128);
		assertThat(policy.problemWith(longest, EMAIL)).isEmpty();
		assertThat(policy.problemWith(longest + "x", EMAIL)).hasValue("Use at most 128 characters.");
	}

	@Test
	void aCommonPasswordIsRefusedHoweverItIsCapitalised() {
		String refusal = "This password is on a list of common or leaked passwords. Choose another one.";
		assertThat(policy.problemWith("qwerty123456", EMAIL)).hasValue(refusal);
		assertThat(policy.problemWith("QWERTY123456", EMAIL)).hasValue(refusal);
		assertThat(policy.problemWith("LeaveMeAlone", EMAIL)).hasValue(refusal);
		assertThat(policy.problemWith("1qaz2wsx3edc", EMAIL)).hasValue(refusal);
	}

	@Test
	void thePasswordMustNotBeTheEmailAddress() {
		assertThat(policy.problemWith(EMAIL, EMAIL)).hasValue("Your password must not be your e-mail address.");
		assertThat(policy.problemWith("Ana.Lopez@Example.org", EMAIL)).isPresent();
		assertThat(policy.problemWith(EMAIL, null)).isEmpty();
	}

	@Test
	void thereAreNoCompositionRules() {
		assertThat(policy.problemWith("correct horse battery staple", EMAIL)).isEmpty();
		assertThat(policy.problemWith("zzzzzzzzzzzzzzzzzzzzzq", EMAIL)).isEmpty();
	}

	@Test
	void theBundledListHasAllOneHundredThousandPasswords() {
		CommonPasswords list = CommonPasswords.load(12);
		assertThat(list.entriesRead()).isEqualTo(100_000);
		assertThat(list.contains("Qwerty123456")).isTrue();
		// Shorter entries are not kept: the length rule refuses them first.
		assertThat(list.contains("password")).isFalse();
		assertThat(policy.problemWith("password", EMAIL)).get().asString().startsWith("Use at least");
	}
}
