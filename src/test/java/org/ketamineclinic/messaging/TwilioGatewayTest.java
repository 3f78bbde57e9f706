package org.ketamineclinic.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketamineclinic.messaging.SmsGateway.Lookup;
import org.ketamineclinic.messaging.SmsGateway.OutgoingSms;
import org.ketamineclinic.messaging.SmsGateway.Result;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The Twilio gateway over real HTTP against a local stand-in of Twilio's Messages API. */
@ExtendWith(OutputCaptureExtension.class)
class TwilioGatewayTest {

	private static final String SID = "AC00000000000000000000000000000001";

	private static final String TOKEN = "test-auth-token-1234";

	private static final String CLINIC_NUMBER = "+12065550100";

	private static final String PATIENT = "+12065550123";

	private static final String REMINDER = "Reminder: your appointment at our Bellevue clinic tomorrow 10:00. Reply STOP to opt out.";

	private final TwilioStandIn twilio = new TwilioStandIn(SID, TOKEN);

	@BeforeEach
	void start() throws Exception {
		twilio.start();
	}

	@AfterEach
	void stop() {
		twilio.close();
	}

	@Test
	void aReminderIsHandedToTwilioFromTheClinicNumberWithTheAccountCredentials() {
		Result result = gateway(TOKEN, null, Duration.ofSeconds(5)).send(new OutgoingSms(PATIENT, REMINDER, null));

		assertThat(result).isInstanceOfSatisfying(Result.Accepted.class, accepted -> {
			assertThat(accepted.providerId()).matches("SM[0-9a-f]{32}");
			assertThat(accepted.status()).isEqualTo("queued");
		});
		assertThat(twilio.requests()).singleElement().satisfies(request -> {
			assertThat(request.authenticated()).isTrue();
			assertThat(request.accountSid()).isEqualTo(SID);
			assertThat(request.to()).isEqualTo(PATIENT);
			assertThat(request.from()).isEqualTo(CLINIC_NUMBER);
			assertThat(request.messagingServiceSid()).isNull();
			assertThat(request.body()).isEqualTo(REMINDER);
			assertThat(request.statusCallback()).isNull();
		});
	}

	@Test
	void aConfiguredMessagingServiceSendsInsteadOfTheSingleNumber() {
		TwilioProperties properties = new TwilioProperties(SID, TOKEN, CLINIC_NUMBER, "MG0000000000000000000000000000000a",
				twilio.baseUrl(), null, Duration.ofSeconds(5));

		assertThat(new TwilioGateway(properties).send(new OutgoingSms(PATIENT, REMINDER, null)))
			.isInstanceOf(Result.Accepted.class);
		assertThat(twilio.requests()).singleElement().satisfies(request -> {
			assertThat(request.messagingServiceSid()).isEqualTo("MG0000000000000000000000000000000a");
			assertThat(request.from()).isNull();
		});
	}

	@Test
	void twilioIsAskedToReportDeliveryToTheClinicsStatusWebhook() {
		TwilioProperties properties = properties(TOKEN, "https://clinic.example.org/", Duration.ofSeconds(5));

		new TwilioGateway(properties).send(new OutgoingSms(PATIENT, REMINDER, properties.statusCallbackUrl()));

		assertThat(twilio.requests()).singleElement()
			.extracting(TwilioStandIn.Request::statusCallback)
			.isEqualTo("https://clinic.example.org/webhooks/twilio/status");
	}

	@Test
	void aTwilioOutageIsWorthTryingAgainLater() {
		twilio.failNext(1, 500);
		SmsGateway gateway = gateway(TOKEN, null, Duration.ofSeconds(5));

		assertThat(gateway.send(new OutgoingSms(PATIENT, REMINDER, null)))
			.isInstanceOfSatisfying(Result.Transient.class, t -> assertThat(t.reason()).startsWith("HTTP 500"));
		assertThat(gateway.send(new OutgoingSms(PATIENT, REMINDER, null))).isInstanceOf(Result.Accepted.class);
	}

	@Test
	void beingRateLimitedIsWorthTryingAgainLater() {
		twilio.failNext(1, 429);

		assertThat(gateway(TOKEN, null, Duration.ofSeconds(5)).send(new OutgoingSms(PATIENT, REMINDER, null)))
			.isInstanceOfSatisfying(Result.Transient.class, t -> assertThat(t.reason()).startsWith("HTTP 429"));
	}

	@Test
	void aTwilioThatDoesNotAnswerInTimeMayHaveSentTheTextSoItIsNotRetriedBlindly() {
		twilio.delayNext(1, Duration.ofSeconds(30));
		long started = System.nanoTime();

		Result result = gateway(TOKEN, null, Duration.ofMillis(300)).send(new OutgoingSms(PATIENT, REMINDER, null));

		assertThat(result).isInstanceOfSatisfying(Result.Uncertain.class,
				t -> assertThat(t.reason()).contains("no answer within 300 ms"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void aPatientWhoRepliedStopIsReportedAsOptedOutAndOthersStillGetTheirText() {
		twilio.optedOut(PATIENT);
		SmsGateway gateway = gateway(TOKEN, null, Duration.ofSeconds(5));

		assertThat(gateway.send(new OutgoingSms(PATIENT, REMINDER, null)))
			.isInstanceOfSatisfying(Result.Permanent.class, refused -> {
				assertThat(refused.code()).isEqualTo(21610);
				assertThat(refused.recipientOptedOut()).isTrue();
			});
		assertThat(gateway.send(new OutgoingSms("+12065550199", REMINDER, null))).isInstanceOf(Result.Accepted.class);
	}

	@Test
	void aWrongAuthTokenIsRefusedForGoodAndNotRetried() {
		assertThat(gateway("not-the-token", null, Duration.ofSeconds(5)).send(new OutgoingSms(PATIENT, REMINDER, null)))
			.isInstanceOfSatisfying(Result.Permanent.class, refused -> {
				assertThat(refused.code()).isEqualTo(20003);
				assertThat(refused.recipientOptedOut()).isFalse();
			});
		assertThat(twilio.requests()).singleElement().extracting(TwilioStandIn.Request::authenticated).isEqualTo(false);
	}

	@Test
	void anUnreachableTwilioIsWorthTryingAgainLater() {
		SmsGateway gateway = gateway(TOKEN, null, Duration.ofSeconds(5));
		twilio.close();

		assertThat(gateway.send(new OutgoingSms(PATIENT, REMINDER, null))).isInstanceOf(Result.Transient.class);
	}

	@Test
	void logsCarryNeitherThePatientsNumberNorTheTextNorTheToken(CapturedOutput output) {
		SmsGateway gateway = gateway(TOKEN, null, Duration.ofSeconds(5));
		gateway.send(new OutgoingSms(PATIENT, REMINDER, null));
		twilio.optedOut(PATIENT);
		gateway.send(new OutgoingSms(PATIENT, REMINDER, null));

		assertThat(output.getAll()).contains("21610").doesNotContain(PATIENT, "Bellevue", TOKEN);
	}

	@Test
	void theAuthTokenNeverAppearsInThePrintedSettings() {
		TwilioProperties properties = properties(TOKEN, null, Duration.ofSeconds(5));

		assertThat(properties.configured()).isTrue();
		assertThat(properties.toString()).contains(SID).doesNotContain(TOKEN);
		assertThat(new TwilioProperties(SID, TOKEN, null, null, null, null, null).configured()).isFalse();
	}

	private SmsGateway gateway(String token, String publicBaseUrl, Duration timeout) {
		return new TwilioGateway(properties(token, publicBaseUrl, timeout));
	}

	@Test
	void aTextWhoseAnswerWasLostIsFoundAtTwilioAfterwards() {
		Instant queued = Instant.now().minusSeconds(1);
		twilio.delayNext(1, Duration.ofSeconds(30));
		var reminder = new OutgoingSms(PATIENT, REMINDER, null);
		assertThat(gateway(TOKEN, null, Duration.ofMillis(300)).send(reminder)).isInstanceOf(Result.Uncertain.class);

		Lookup answer = gateway(TOKEN, null, Duration.ofSeconds(5)).lookUp(reminder, queued, Set.of());

		assertThat(answer).isInstanceOfSatisfying(Lookup.Found.class,
				found -> assertThat(found.providerId()).isEqualTo(twilio.takenIds().get(0)));
	}

	@Test
	void aTextTwilioNeverTookIsNotFoundSoItCanBeSentAgain() {
		Instant queued = Instant.now().minusSeconds(1);
		twilio.failNext(1, 500);
		var reminder = new OutgoingSms(PATIENT, REMINDER, null);
		assertThat(gateway(TOKEN, null, Duration.ofSeconds(5)).send(reminder)).isInstanceOf(Result.Transient.class);

		assertThat(gateway(TOKEN, null, Duration.ofSeconds(5)).lookUp(reminder, queued, Set.of()))
			.isInstanceOf(Lookup.NotFound.class);
	}

	@Test
	void theSameTextSentBeforeOrAlreadyOnAnotherMessageIsNotThisOne() {
		var reminder = new OutgoingSms(PATIENT, REMINDER, null);
		var accepted = (Result.Accepted) gateway(TOKEN, null, Duration.ofSeconds(5)).send(reminder);

		// The same words last week are another message; so is one whose id is already on another of ours.
		assertThat(gateway(TOKEN, null, Duration.ofSeconds(5)).lookUp(reminder, Instant.now().plusSeconds(60), Set.of()))
			.isInstanceOf(Lookup.NotFound.class);
		assertThat(gateway(TOKEN, null, Duration.ofSeconds(5)).lookUp(reminder, Instant.now().minusSeconds(60),
				Set.of(accepted.providerId())))
			.isInstanceOf(Lookup.NotFound.class);
		assertThat(gateway(TOKEN, null, Duration.ofSeconds(5)).lookUp(new OutgoingSms(PATIENT, "Another text", null),
				Instant.now().minusSeconds(60), Set.of()))
			.isInstanceOf(Lookup.NotFound.class);
	}

	@Test
	void whileTwilioIsDownNobodyCanTellSoTheTextWaits() {
		twilio.listingFails(true);

		assertThat(gateway(TOKEN, null, Duration.ofSeconds(5)).lookUp(new OutgoingSms(PATIENT, REMINDER, null),
				Instant.now().minusSeconds(60), Set.of()))
			.isInstanceOf(Lookup.Unknown.class);
	}

	private TwilioProperties properties(String token, String publicBaseUrl, Duration timeout) {
		return new TwilioProperties(SID, token, CLINIC_NUMBER, null, twilio.baseUrl(), publicBaseUrl, timeout);
	}
}
