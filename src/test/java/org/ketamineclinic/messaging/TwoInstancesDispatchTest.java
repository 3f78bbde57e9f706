package org.ketamineclinic.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the application on one database, both dispatching every 100 ms: every queued text reaches the
 * provider exactly once (the row locks decide who sends what).
 */
@SpringBootTest(properties = { TwoInstancesDispatchTest.SID, TwoInstancesDispatchTest.TOKEN,
		TwoInstancesDispatchTest.FROM, TwoInstancesDispatchTest.EVERY, TwoInstancesDispatchTest.QUIET_START,
		TwoInstancesDispatchTest.QUIET_END })
class TwoInstancesDispatchTest {

	static final String SID = "clinic.messaging.twilio.account-sid=ACtwo";

	static final String TOKEN = "clinic.messaging.twilio.auth-token=two-token";

	static final String FROM = "clinic.messaging.twilio.from-number=+12065550100";

	static final String EVERY = "clinic.messaging.dispatch-every=PT0.1S";

	// Quiet hours out of the way: this is about who sends, not when.
	static final String QUIET_START = "clinic.messaging.quiet-hours-start=00:00";

	static final String QUIET_END = "clinic.messaging.quiet-hours-end=23:59";

	static final TwilioStandIn twilio = start();

	static ConfigurableApplicationContext second;

	@Autowired
	Messaging messaging;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void twilioAddress(DynamicPropertyRegistry registry) {
		registry.add("clinic.messaging.twilio.base-url", twilio::baseUrl);
	}

	@AfterAll
	static void stopAll() {
		if (second != null) {
			second.close();
		}
		twilio.close();
	}

	@Test
	void twoInstancesSendEveryTextExactlyOnce() {
		second = new SpringApplicationBuilder(ClinicApplication.class)
			.properties(SID, TOKEN, FROM, EVERY, QUIET_START, QUIET_END, "server.port=0",
					"clinic.messaging.twilio.base-url=" + twilio.baseUrl())
			.run();
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			String phone = String.format("+1360555%04d", i);
			messaging.consentGiven(phone, ConsentPurpose.CARE, "TEST", "test", null);
			String body = "Two instances " + run + " #" + i;
			bodies.add(body);
			messaging.queueText("two:" + run + ":" + i, phone, MessagePurpose.CARE, body, null, null, null);
		}

		await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
				select count(*) from outbound_message where message_key like ? and status = 'SENT'""")
			.param("two:" + run + ":%").query(Integer.class).single() == bodies.size());

		Map<String, Long> received = twilio.requests().stream()
			.filter(r -> r.body().startsWith("Two instances " + run))
			.collect(Collectors.groupingBy(TwilioStandIn.Request::body, Collectors.counting()));
		assertThat(received).hasSize(bodies.size()).allSatisfy((body, count) -> assertThat(count).isEqualTo(1));
	}

	private static TwilioStandIn start() {
		try {
			return new TwilioStandIn("ACtwo", "two-token").start();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
