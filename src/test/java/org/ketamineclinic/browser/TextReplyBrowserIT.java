package org.ketamineclinic.browser;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.consultation.ConsultationManagement;
import org.ketamineclinic.consultation.ConsultationSubmission;
import org.ketamineclinic.messaging.TwilioSignature;
import org.ketamineclinic.messaging.TwilioStandIn;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A coordinator texts a person from the request page and sees "Delivered" once Twilio reports it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "clinic.messaging.twilio.account-sid=ACbrowser", "clinic.messaging.twilio.auth-token=browser-token",
				"clinic.messaging.twilio.from-number=+12065550100",
				"clinic.messaging.twilio.public-base-url=https://clinic.example.org",
				"clinic.messaging.dispatch-every=PT0.3S" })
@Import(ClinicIntegrationTest.Support.class)
class TextReplyBrowserIT extends ChromiumTest {

	static final TwilioStandIn twilio = startTwilio();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext application;

	@Autowired
	TestClock clock;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void twilioAddress(DynamicPropertyRegistry registry) {
		registry.add("clinic.messaging.twilio.base-url", twilio::baseUrl);
	}

	@AfterAll
	static void stopTwilio() {
		twilio.close();
	}

	@Test
	void aCoordinatorsTextShowsDeliveredAfterTwiliosReport() throws Exception {
		clock.set(ZonedDateTime.now(ZoneId.of("America/Los_Angeles")).withHour(11).toInstant());
		var cora = new StaffFixtures(application).create("Tess Texter", StaffRole.INTAKE);
		var form = consultations.newForm();
		clock.advance(Duration.ofSeconds(40));
		consultations.submit(new ConsultationSubmission("Morgan", "Reply", "(206) 555-0181", "morgan.reply@example.org",
				"seattle", "iv-infusions", "text", "any", null, true, "", form.formToken(), form.submissionKey(),
				"192.0.2.44", "test"));
		long id = jdbc.sql("select id from consultation_request where email = 'morgan.reply@example.org'")
			.query(Long.class).single();

		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.navigate(base() + "/staff/consultations/" + id);
			signIn(page, cora, clock.instant());
			page.getByLabel("Text to (206) 555-0181").fill("Hi Morgan, this is Tess. When is a good time to call?");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send text")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Text queued");

			String sid = await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
					select provider_id from outbound_message
					where conversation = ? and message_key like 'staff-text:%' and provider_id is not null""")
				.param("consultation-request:" + id).query(String.class).optional().orElse(null), s -> s != null);
			org.assertj.core.api.Assertions.assertThat(reportDelivered(sid)).isEqualTo(204);

			page.reload();
			var ours = page.locator(".thread__out", new Page.LocatorOptions().setHasText("When is a good time to call?"));
			assertThat(ours).containsText("Delivered");
			org.assertj.core.api.Assertions.assertThat(AxeChecks.violations(page)).isEmpty();
		}
	}

	private int reportDelivered(String sid) throws Exception {
		Map<String, List<String>> params = Map.of("MessageSid", List.of(sid), "MessageStatus", List.of("delivered"));
		String signature = TwilioSignature.compute("browser-token", "https://clinic.example.org/webhooks/twilio/status",
				params);
		String body = params.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().get(0), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		var request = HttpRequest.newBuilder(URI.create(base() + "/webhooks/twilio/status"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Twilio-Signature", signature)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static TwilioStandIn startTwilio() {
		try {
			return new TwilioStandIn("ACbrowser", "browser-token").start();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
