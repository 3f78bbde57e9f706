package org.ketamineclinic.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TotpTest {

	/** The RFC 6238 test secret for HMAC-SHA1: ASCII "12345678901234567890". */
	private static final String RFC_SECRET = Base32
		.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	private static final Instant NOW = Instant.ofEpochSecond(1111111109);

	private static final long CURRENT_STEP = 1111111109L / 30;

	@Test
	void theRfc6238TestVectorsGiveTheCodesEveryAuthenticatorAppShows() {
		// The RFC lists 8-digit codes (94287082, 07081804, 89005924); apps show the last 6 digits.
		assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
		assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
		assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
	}

	@Test
	void theCodeOnThePhoneNowIsAcceptedAndNamesItsStep() {
		assertThat(Totp.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(59))).hasValue(1);
		assertThat(Totp.matchingStep(RFC_SECRET, "081804", NOW)).hasValue(CURRENT_STEP);
	}

	@Test
	void aCodeFromTheStepBeforeOrAfterIsAcceptedForClocksThatDriftALittle() {
		String previous = Totp.codeAt(RFC_SECRET, NOW.minusSeconds(30));
		String next = Totp.codeAt(RFC_SECRET, NOW.plusSeconds(30));
		assertThat(Totp.matchingStep(RFC_SECRET, previous, NOW)).hasValue(CURRENT_STEP - 1);
		assertThat(Totp.matchingStep(RFC_SECRET, next, NOW)).hasValue(CURRENT_STEP + 1);
	}

	@Test
	void aCodeTwoStepsAwayIsRefused() {
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, NOW.minusSeconds(60)), NOW)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, NOW.plusSeconds(60)), NOW)).isEmpty();
	}

	@Test
	void aCodeTypedWithASpaceInTheMiddleStillCounts() {
		assertThat(Totp.matchingStep(RFC_SECRET, " 081 804 ", NOW)).hasValue(CURRENT_STEP);
	}

	@Test
	void anythingButSixDigitsIsRefused() {
		for (String typed : new String[] { null, "", "08180", "0818045", "O81804", "abcdef", "081-804",
				"\u0660\u0668\u0661\u0668\u0660\u0664" }) {
			assertThat(Totp.matchingStep(RFC_SECRET, typed, NOW)).as("code %s", typed).isEmpty();
		}
	}

	@Test
	void aNewSecretIs160RandomBitsInBase32() {
		String secret = Totp.newSecret();
		assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
		assertThat(Base32.decode(secret)).hasSize(20);
		assertThat(Totp.newSecret()).isNotEqualTo(secret);
	}

	@Test
	void theQrCodeCarriesTheSecretTheIssuerAndThe30SecondPeriodUrlEncoded() {
		String uri = Totp.provisioningUri("Northwest Ketamine Clinics & Co", "ana.lopez+intake@example.org",
				RFC_SECRET);
		assertThat(uri).startsWith(
				"otpauth://totp/Northwest%20Ketamine%20Clinics%20%26%20Co:ana.lopez%2Bintake%40example.org?")
			.contains("secret=" + RFC_SECRET)
			.contains("&issuer=Northwest%20Ketamine%20Clinics%20%26%20Co")
			.contains("algorithm=SHA1")
			.contains("digits=6")
			.contains("period=30")
			.doesNotContain(" ");
	}

	@Test
	void theSecretIsShownInGroupsOfFourForTypingByHand() {
		assertThat(Totp.grouped(RFC_SECRET)).isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
	}

	@Test
	void codesAreAsciiDigitsWhateverTheServersLocale() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.forLanguageTag("ar-SA"));
			assertThat(Totp.codeAt(RFC_SECRET, NOW)).isEqualTo("081804");
			assertThat(Totp.matchingStep(RFC_SECRET, "081804", NOW)).hasValue(CURRENT_STEP);
		}
		finally {
			Locale.setDefault(before);
		}
	}
}
