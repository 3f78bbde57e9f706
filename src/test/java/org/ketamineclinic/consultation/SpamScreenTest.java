package org.ketamineclinic.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ketamineclinic.consultation.SpamAssessment.Reason;

class SpamScreenTest {

	private final ConsultationProperties defaults = new ConsultationProperties(Duration.ofSeconds(3),
			Duration.ofHours(24), 5, 3, Duration.ofMinutes(15), "test", Duration.ofHours(1), 3, "intake@example.org",
			Map.of(), false);

	private final SpamScreen screen = new SpamScreen(defaults);

	@Test
	void aPersonWhoTookTheirTimeIsNotSuspect() {
		var assessment = screen.assess("", Duration.ofSeconds(45), 0, 0);
		assertThat(assessment.suspect()).isFalse();
		assertThat(assessment.reasonCodes()).isEmpty();
	}

	@Test
	void aFilledHoneypotIsSuspect() {
		assertThat(screen.assess("http://spam.example", Duration.ofMinutes(1), 0, 0).reasons())
			.containsExactly(Reason.HONEYPOT);
	}

	@Test
	void aFormSentWithinSecondsOfBeingShownIsSuspect() {
		assertThat(screen.assess("", Duration.ofMillis(800), 0, 0).reasons()).containsExactly(Reason.TOO_FAST);
		assertThat(screen.assess("", Duration.ofSeconds(3), 0, 0).suspect()).isFalse();
	}

	@Test
	void aMissingForgedOrStaleFormTokenIsSuspect() {
		assertThat(screen.assess("", null, 0, 0).reasons()).containsExactly(Reason.NO_VALID_FORM_TOKEN);
		assertThat(screen.assess("", Duration.ofHours(25), 0, 0).reasons()).containsExactly(Reason.NO_VALID_FORM_TOKEN);
		assertThat(screen.assess("", Duration.ofSeconds(-30), 0, 0).reasons())
			.containsExactly(Reason.NO_VALID_FORM_TOKEN);
	}

	@Test
	void theSixthRequestFromOneAddressInAnHourIsRateLimited() {
		assertThat(screen.assess("", Duration.ofMinutes(1), 4, 0).rateLimited()).isFalse();
		var sixth = screen.assess("", Duration.ofMinutes(1), 5, 0);
		assertThat(sixth.rateLimited()).isTrue();
		assertThat(sixth.reasons()).containsExactly(Reason.ADDRESS_LIMIT);
	}

	@Test
	void theFourthRequestForOnePhoneInADayIsRateLimited() {
		assertThat(screen.assess("", Duration.ofMinutes(1), 0, 2).rateLimited()).isFalse();
		assertThat(screen.assess("", Duration.ofMinutes(1), 0, 3).reasons()).containsExactly(Reason.PHONE_LIMIT);
	}

	@Test
	void aLimitOfZeroMeansNoLimit() {
		var unlimited = new SpamScreen(new ConsultationProperties(Duration.ofSeconds(3), Duration.ofHours(24), 0, 0,
				Duration.ofMinutes(15), "test", Duration.ofHours(1), 3, "intake@example.org", Map.of(), false));
		assertThat(unlimited.assess("", Duration.ofMinutes(1), 10_000, 10_000).suspect()).isFalse();
	}

	@Test
	void everySignalThatFiredIsRecordedForTheReviewer() {
		var assessment = screen.assess("x", Duration.ofMillis(10), 9, 9);
		assertThat(assessment.reasonCodes()).isEqualTo("HONEYPOT,TOO_FAST,ADDRESS_LIMIT,PHONE_LIMIT");
	}
}
