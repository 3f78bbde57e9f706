package org.ketamineclinic.messaging;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.AuditTrail;
import org.ketamineclinic.consultation.ConsultationManagement;
import org.ketamineclinic.consultation.ConsultationSubmission;
import org.ketamineclinic.consultation.SubmissionResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Texts end to end, against a local server that speaks Twilio's API: consent decides, STOP stops, HELP helps, replies
 * reach the coordinator's thread, and nothing is ever sent twice.
 */
@SpringBootTest(properties = { "clinic.messaging.twilio.account-sid=ACflowtest", "clinic.messaging.twilio.auth-token="
		+ MessagingFlowTest.TOKEN, "clinic.messaging.twilio.from-number=+12065550100",
		"clinic.messaging.twilio.public-base-url=" + MessagingFlowTest.PUBLIC, "clinic.messaging.dispatch-every=PT1H",
		"clinic.messaging.first-retry=PT1S", "clinic.messaging.check-uncertain-every=PT1H",
		"clinic.messaging.twilio.timeout=PT1S" })
@AutoConfigureMockMvc
@Import(ClinicIntegrationTest.Support.class)
class MessagingFlowTest {

	static final String TOKEN = "flow-test-auth-token";

	static final String PUBLIC = "https://clinic.example.org";

	static final TwilioStandIn twilio = start();

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageDispatcher dispatcher;

	@Autowired
	Messaging messaging;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	AuditTrail audit;

	@Autowired
	Outbox outbox;

	@Autowired
	UncertainTexts uncertainTexts;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactionManager;

	@DynamicPropertySource
	static void twilioAddress(DynamicPropertyRegistry registry) {
		registry.add("clinic.messaging.twilio.base-url", twilio::baseUrl);
	}

	@AfterAll
	static void stopTwilio() {
		twilio.close();
	}

	@BeforeEach
	void daytimeInSeattle() {
		clock.set(ZonedDateTime.now(ZoneId.of("America/Los_Angeles")).withHour(11).toInstant());
		twilio.reset();
		twilio.clock(clock::instant);
	}

	@Test
	void aRequestWithConsentGetsExactlyOneAcknowledgement() throws Exception {
		String phone = request("(206) 555-0171");
		dispatcher.dispatch();
		dispatcher.dispatch();

		assertThat(textsTo(phone)).hasSize(1);
		assertThat(textsTo(phone).get(0).body()).contains("A care coordinator will call or text you soon");
		assertThat(textsTo(phone).get(0).statusCallback()).isEqualTo(PUBLIC + "/webhooks/twilio/status");
	}

	@Test
	void aSignedStopStopsEveryLaterTextAndGetsOneConfirmation() throws Exception {
		String phone = request("(206) 555-0172");
		dispatcher.dispatch();

		assertThat(inbound(phone, "Stop.").getStatus()).isEqualTo(200);
		messaging.queueText("later:" + phone, phone, MessagePurpose.CARE, "Your consultation is confirmed.", null,
				null, null);
		dispatcher.dispatch();

		assertThat(textsTo(phone)).extracting(TwilioStandIn.Request::body).hasSize(2)
			.anySatisfy(body -> assertThat(body).contains("you are unsubscribed"))
			.noneSatisfy(body -> assertThat(body).contains("confirmed"));
		assertThat(statusOf("later:" + phone)).isEqualTo("BLOCKED");
		assertThat(messaging.mayText(phone)).isFalse();
	}

	@Test
	void helpGetsTheProgramsHelpTextAndStartRestoresTexts() throws Exception {
		String phone = request("(206) 555-0173");
		inbound(phone, "STOP");
		inbound(phone, "help");
		inbound(phone, " Start! ");
		dispatcher.dispatch();

		assertThat(textsTo(phone)).extracting(TwilioStandIn.Request::body)
			.anySatisfy(body -> assertThat(body).contains("for help call", "Msg & data rates may apply", "Reply STOP"))
			.anySatisfy(body -> assertThat(body).contains("you will get care texts from us again"));
		assertThat(messaging.mayText(phone)).isTrue();
	}

	@Test
	void anUnsignedOrTamperedWebhookIsRefusedAndRecorded() throws Exception {
		String phone = "+12065550174";
		var unsigned = mvc.perform(post("/webhooks/twilio/inbound").param("MessageSid", "SMfake").param("From", phone)
			.param("Body", "STOP")).andReturn().getResponse();
		var params = inboundParams(phone, "hello");
		String signature = TwilioSignature.compute(TOKEN, PUBLIC + "/webhooks/twilio/inbound", params);
		params.put("Body", List.of("STOP"));
		var tampered = mvc.perform(form("/webhooks/twilio/inbound", params).header("X-Twilio-Signature", signature))
			.andReturn().getResponse();

		assertThat(unsigned.getStatus()).isEqualTo(403);
		assertThat(tampered.getStatus()).isEqualTo(403);
		assertThat(audit.historyOf("webhook", "/webhooks/twilio/inbound"))
			.filteredOn(row -> row.action() == AuditAction.ACCESS_DENIED).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void aReplyJoinsTheRequestsConversationAndADeliveryReportIsRecordedOnce() throws Exception {
		String phone = request("(206) 555-0175");
		dispatcher.dispatch();
		long id = jdbc.sql("select id from consultation_request where phone_e164 = ? order by id desc limit 1")
			.param(phone).query(Long.class).single();
		String sid = jdbc.sql("select provider_id from outbound_message where message_key = ?")
			.param("consultation-ack:" + id).query(String.class).single();

		inbound(phone, "Is Tuesday morning possible?");
		for (int i = 0; i < 2; i++) {
			var params = new HashMap<String, List<String>>(Map.of("MessageSid", List.of(sid), "MessageStatus",
					List.of("delivered")));
			mvc.perform(form("/webhooks/twilio/status", params).header("X-Twilio-Signature",
					TwilioSignature.compute(TOKEN, PUBLIC + "/webhooks/twilio/status", params)));
		}

		var thread = messaging.thread("consultation-request:" + id);
		assertThat(thread).extracting(ThreadEntry::body)
			.containsExactly(thread.get(0).body(), "Is Tuesday morning possible?");
		assertThat(thread.get(0).status()).isEqualTo(MessageStatus.DELIVERED);
	}

	@Test
	void aTextDueAtNightWaitsForEightInTheMorningInTheRecipientsTimeZone() {
		String phone = "+19175550176";
		messaging.consentGiven(phone, ConsentPurpose.CARE, "TEST", "test", null);
		clock.set(ZonedDateTime.now(ZoneId.of("America/New_York")).withHour(22).toInstant());
		messaging.queueText("night:" + phone, phone, MessagePurpose.CARE, "We tried to call you.", null, null, null);

		dispatcher.dispatch();

		assertThat(statusOf("night:" + phone)).isEqualTo("WAITING");
		var next = jdbc.sql("select next_attempt_at from outbound_message where message_key = ?")
			.param("night:" + phone).query(java.sql.Timestamp.class).single().toInstant().atZone(ZoneId.of("America/New_York"));
		assertThat(next.toLocalTime()).isEqualTo(java.time.LocalTime.of(8, 0));
		assertThat(textsTo(phone)).isEmpty();
	}

	@Test
	void aTwilioOutageIsRetriedAndTheTextArrivesOnce() {
		String phone = "+12065550177";
		messaging.consentGiven(phone, ConsentPurpose.CARE, "TEST", "test", null);
		twilio.failNext(1, 500);
		messaging.queueText("outage:" + phone, phone, MessagePurpose.CARE, "Please call us back.", null, null, null);

		dispatcher.dispatch();
		assertThat(statusOf("outage:" + phone)).isEqualTo("RETRY");
		clock.advance(Duration.ofMinutes(5));
		dispatcher.dispatch();

		assertThat(statusOf("outage:" + phone)).isEqualTo("SENT");
		assertThat(twilio.requests()).filteredOn(r -> phone.equals(r.to())).hasSize(2);
	}

	@Test
	void aTextWhoseCallGotNoAnswerIsRecordedAsSentIfTwilioHasItAndSentAgainIfNot() {
		String answerLost = "+12065550178";
		String neverArrived = "+12065550179";
		messaging.consentGiven(answerLost, ConsentPurpose.CARE, "TEST", "test", null);
		messaging.consentGiven(neverArrived, ConsentPurpose.CARE, "TEST", "test", null);
		// Twilio takes the first text, and its answer never comes back in time.
		twilio.delayNext(1, Duration.ofSeconds(5));
		messaging.queueText("lost-answer:" + answerLost, answerLost, MessagePurpose.CARE, "See you Tuesday.", null, null,
				null);
		dispatcher.dispatch();
		// The second was marked sending by a dispatcher that died before calling Twilio.
		messaging.queueText("lost-call:" + neverArrived, neverArrived, MessagePurpose.CARE, "See you Wednesday.", null,
				null, null);
		crashWhileSending();
		clock.advance(Duration.ofMinutes(11));
		dispatcher.dispatch();
		assertThat(statusOf("lost-answer:" + answerLost)).isEqualTo("UNCERTAIN");
		assertThat(statusOf("lost-call:" + neverArrived)).isEqualTo("UNCERTAIN");

		// Not before any call of theirs has surely ended at Twilio...
		uncertainTexts.checkWithProvider();
		assertThat(statusOf("lost-call:" + neverArrived)).isEqualTo("UNCERTAIN");
		// ...then asked: one went out, the other never got there.
		clock.advance(Duration.ofMinutes(3));
		uncertainTexts.checkWithProvider();
		assertThat(statusOf("lost-answer:" + answerLost)).isEqualTo("SENT");
		assertThat(statusOf("lost-call:" + neverArrived)).isEqualTo("RETRY");
		dispatcher.dispatch();

		assertThat(statusOf("lost-call:" + neverArrived)).isEqualTo("SENT");
		assertThat(textsTo(answerLost)).hasSize(1);
		assertThat(textsTo(neverArrived)).hasSize(1);
		assertThat(jdbc.sql("select provider_id from outbound_message where message_key = ?")
			.param("lost-answer:" + answerLost)
			.query(String.class)
			.single()).isEqualTo(twilio.takenIds().get(0));
	}

	@Test
	void twoDispatchersTogetherSendEveryMessageExactlyOnce() throws Exception {
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			String phone = String.format("+1206555%04d", 2000 + i);
			messaging.consentGiven(phone, ConsentPurpose.CARE, "TEST", "test", null);
			String key = "burst:" + UUID.randomUUID();
			keys.add(key);
			messaging.queueText(key, phone, MessagePurpose.CARE, "Burst message " + key, null, null, null);
		}
		var pool = Executors.newFixedThreadPool(2);
		List<Future<?>> runs = new ArrayList<>();
		for (int d = 0; d < 2; d++) {
			runs.add(pool.submit(() -> {
				while (dispatcher.dispatchBatch() > 0) {
					// Both dispatchers drain the same outbox at the same time.
				}
			}));
		}
		for (Future<?> run : runs) {
			run.get();
		}
		pool.shutdown();

		Map<String, Long> sentPerKey = twilio.requests().stream()
			.filter(r -> r.body().startsWith("Burst message "))
			.collect(Collectors.groupingBy(r -> r.body().substring("Burst message ".length()), Collectors.counting()));
		assertThat(sentPerKey).hasSize(keys.size()).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
	}

	/**
	 * Seeded random sequences of consent changes (by keyword webhooks), queued messages (keys repeat on purpose),
	 * dispatch rounds and crashes between "sending" and the provider's answer: a number whose latest state is
	 * revoked never receives a text, and no key is ever sent twice.
	 */
	@org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
	@org.junit.jupiter.params.provider.ValueSource(longs = { 1, 7, 42, 2026 })
	void underAnySequenceOfEventsNoOptedOutNumberIsTextedAndNoKeyIsSentTwice(long seed) throws Exception {
		var random = new java.util.Random(seed);
		String run = "seq" + seed + "-" + UUID.randomUUID().toString().substring(0, 6);
		List<String> phones = new ArrayList<>();
		Map<String, Boolean> consented = new HashMap<>();
		for (int i = 0; i < 4; i++) {
			String phone = String.format("+1425555%04d", random.nextInt(10_000));
			phones.add(phone);
			messaging.consentGiven(phone, ConsentPurpose.CARE, "TEST", run, null);
			consented.put(phone, true);
		}
		int seen = 0;
		for (int step = 0; step < 60; step++) {
			String phone = phones.get(random.nextInt(phones.size()));
			switch (random.nextInt(6)) {
				case 0 -> {
					inbound(phone, "STOP");
					consented.put(phone, false);
				}
				case 1 -> {
					inbound(phone, "START");
					consented.put(phone, true);
				}
				case 2, 3 -> messaging.queueText(run + ":" + random.nextInt(25), phone, MessagePurpose.CARE,
						"Seq " + run + " to " + phone + " #" + step, null, null, null);
				case 4 -> crashWhileSending();
				default -> {
					dispatcher.dispatch();
					var sent = twilio.requests().subList(seen, twilio.requests().size());
					for (var request : sent) {
						if (request.body().startsWith("Seq " + run)) {
							assertThat(consented.get(request.to())).as("texted while opted out: " + request.to())
								.isTrue();
						}
					}
					seen = twilio.requests().size();
				}
			}
		}
		clock.advance(Duration.ofMinutes(11));
		dispatcher.dispatch();
		Map<String, Long> perKey = jdbc.sql("select message_key from outbound_message where message_key like ?")
			.param(run + ":%").query(String.class).list().stream()
			.collect(Collectors.groupingBy(k -> k, Collectors.counting()));
		Map<String, Long> sentBodies = twilio.requests().stream().filter(r -> r.body().startsWith("Seq " + run))
			.collect(Collectors.groupingBy(TwilioStandIn.Request::body, Collectors.counting()));
		assertThat(perKey.values()).allMatch(count -> count == 1);
		assertThat(sentBodies.values()).as("each queued text reached Twilio at most once").allMatch(count -> count == 1);
	}

	/** A dispatcher that committed "sending" and died before calling the provider. */
	private void crashWhileSending() {
		new org.springframework.transaction.support.TransactionTemplate(transactionManager).executeWithoutResult(s -> {
			for (OutboundMessage message : outbox.takeDue(clock.instant(), 2)) {
				outbox.markSending(message.id(), clock.instant());
			}
		});
	}

	@Test
	void aCoordinatorsFirstTextSaysHowToStopAndABlockedTextAsksThemToCallInstead() throws Exception {
		var tess = new org.ketamineclinic.staff.StaffFixtures(context).create("Tess Coordinator",
				org.ketamineclinic.staff.StaffRole.INTAKE);
		String phone = request("(206) 555-0178");
		long id = jdbc.sql("select id from consultation_request where phone_e164 = ? order by id desc limit 1")
			.param(phone).query(Long.class).single();
		jdbc.sql("update consultation_request set assignee = ? where id = ?").params(tess.id(), id).update();
		jdbc.sql("delete from outbound_message where message_key = ?").param("consultation-ack:" + id).update();

		for (String text : List.of("Hello from the clinic.", "Is Tuesday good?")) {
			mvc.perform(post("/staff/consultations/" + id + "/text").param("text", text)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(org.ketamineclinic.staff.StaffFixtures.signedIn(tess)));
		}
		assertThat(messaging.thread("consultation-request:" + id)).extracting(ThreadEntry::body)
			.containsExactly("Hello from the clinic. Reply STOP to opt out.", "Is Tuesday good?");

		inbound(phone, "STOP");
		messaging.queueText("after-stop:" + id, phone, MessagePurpose.CARE, "One more thing.", null,
				"consultation-request:" + id, null);
		dispatcher.dispatch();

		assertThat(statusOf("after-stop:" + id)).isEqualTo("BLOCKED");
		assertThat(jdbc.sql("select recipient from outbound_message where message_key like 'blocked-notice:%' "
				+ "and subject like ?").param("%was not sent: please call").query(String.class).list())
			.contains(tess.email());
	}

	@Test
	void remindersAreCappedAtOneADayAndUrgentMessagesIgnoreQuietHours() {
		String phone = "+12065550179";
		messaging.consentGiven(phone, ConsentPurpose.CARE, "TEST", "test", null);
		messaging.queueText("reminder-1:" + phone, phone, MessagePurpose.REMINDER, "Reminder one.", null, null, null);
		dispatcher.dispatch();
		messaging.queueText("reminder-2:" + phone, phone, MessagePurpose.REMINDER, "Reminder two.", null, null, null);
		dispatcher.dispatch();

		assertThat(statusOf("reminder-1:" + phone)).isEqualTo("SENT");
		assertThat(statusOf("reminder-2:" + phone)).isEqualTo("WAITING");

		clock.set(ZonedDateTime.now(ZoneId.of("America/Los_Angeles")).withHour(23).toInstant());
		messaging.queueText("urgent:" + phone, phone, MessagePurpose.URGENT, "Please call the clinic now.", null, null,
				null);
		dispatcher.dispatch();
		assertThat(statusOf("urgent:" + phone)).isEqualTo("SENT");
	}

	@Test
	void staffRecordConsentGivenByPhoneAndTextsMayThenBeSent() throws Exception {
		var tess = new org.ketamineclinic.staff.StaffFixtures(context).create("Vera Coordinator",
				org.ketamineclinic.staff.StaffRole.INTAKE);
		var form = consultations.newForm();
		clock.advance(Duration.ofSeconds(40));
		consultations.submit(new ConsultationSubmission("Nora", "Noconsent", "(206) 555-0180",
				"nora.noconsent@example.org", "seattle", "iv-infusions", "phone", "any", null, false, "",
				form.formToken(), form.submissionKey(), "198.51.100.250", "test"));
		String phone = "+12065550180";
		long id = jdbc.sql("select id from consultation_request where phone_e164 = ? order by id desc limit 1")
			.param(phone).query(Long.class).single();
		assertThat(messaging.mayText(phone)).isFalse();

		var refused = mvc.perform(post("/staff/consultations/" + id + "/text").param("text", "Hello")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(org.ketamineclinic.staff.StaffFixtures.signedIn(tess))).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("has not agreed to texts");

		mvc.perform(post("/staff/consultations/" + id + "/text-consent").param("how", "Agreed on the phone today")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(org.ketamineclinic.staff.StaffFixtures.signedIn(tess)));

		assertThat(messaging.mayText(phone)).isTrue();
		assertThat(jdbc.sql("select source || ' ' || reference from sms_consent_event where phone_e164 = ? "
				+ "order by id desc limit 1").param(phone).query(String.class).single())
			.isEqualTo("STAFF staff: Agreed on the phone today");
	}

	private String request(String phone) throws Exception {
		var form = consultations.newForm();
		clock.advance(Duration.ofSeconds(40));
		var result = consultations.submit(new ConsultationSubmission("Robin", "Texter", phone,
				"robin." + UUID.randomUUID().toString().substring(0, 8) + "@example.org", "seattle", "iv-infusions",
				"text", "any", null, true, "", form.formToken(), form.submissionKey(), "198.51.100." + (int) (Math.random() * 200),
				"test"));
		assertThat(result).isInstanceOf(SubmissionResult.Accepted.class);
		return org.ketamineclinic.shared.PhoneNumber.parse(phone, "US").orElseThrow().e164();
	}

	private org.springframework.mock.web.MockHttpServletResponse inbound(String phone, String body) throws Exception {
		var params = inboundParams(phone, body);
		return mvc.perform(form("/webhooks/twilio/inbound", params).header("X-Twilio-Signature",
				TwilioSignature.compute(TOKEN, PUBLIC + "/webhooks/twilio/inbound", params))).andReturn().getResponse();
	}

	private static Map<String, List<String>> inboundParams(String phone, String body) {
		var params = new HashMap<String, List<String>>();
		params.put("MessageSid", List.of("SM" + UUID.randomUUID().toString().replace("-", "")));
		params.put("From", List.of(phone));
		params.put("To", List.of("+12065550100"));
		params.put("Body", List.of(body));
		return params;
	}

	private static MockHttpServletRequestBuilder form(String path, Map<String, List<String>> params) {
		var request = post(path);
		params.forEach((name, values) -> values.forEach(value -> request.param(name, value)));
		return request;
	}

	private List<TwilioStandIn.Request> textsTo(String phone) {
		return twilio.requests().stream().filter(r -> phone.equals(r.to()) && r.authenticated()).toList();
	}

	private String statusOf(String key) {
		return jdbc.sql("select status from outbound_message where message_key = ?").param(key).query(String.class)
			.single();
	}

	private static TwilioStandIn start() {
		try {
			return new TwilioStandIn("ACflowtest", TOKEN).start();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
