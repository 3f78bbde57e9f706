package org.ketamineclinic.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ketamineclinic.AnnouncedConsultations;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The consultation form as a person (or a bot) meets it, on the real database: what is stored, what is flagged,
 * what comes back to be corrected.
 */
@ClinicIntegrationTest
class ConsultationFormTest {

	private static final AtomicInteger PEOPLE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	AnnouncedConsultations announced;

	/** A distinct person on a distinct address, so tests never share a rate limit. */
	private final int person = PEOPLE.incrementAndGet() + (int) (System.nanoTime() % 100_000) * 100;

	private final String address = "10.%d.%d.%d".formatted(person / 65_536 % 256, person / 256 % 256, person % 256);

	private final String phone = "(206) 2%02d-%04d".formatted(person / 10_000 % 100, person % 10_000);

	@Test
	void aCompleteRequestIsStoredWithAReferenceCodeAndTheThankYouPageShowsIt() throws Exception {
		var form = openForm();
		clock.advance(Duration.ofSeconds(40));
		MvcResult result = mvc.perform(submit(form, Map.of())).andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/consultation/thanks"))
			.andReturn();

		Cookie receipt = result.getResponse().getCookie("consultation_receipt");
		assertThat(receipt).isNotNull();
		assertThat(receipt.isHttpOnly()).isTrue();
		var row = jdbc.sql("select id, reference_code, status, needs_review, phone_e164, sms_consent "
				+ "from consultation_request where submission_key = cast(? as uuid)")
			.param(form.submissionKey())
			.query()
			.singleRow();
		assertThat(row.get("status")).isEqualTo("NEW");
		assertThat(row.get("needs_review")).isEqualTo(false);
		assertThat((String) row.get("phone_e164")).startsWith("+1206");
		assertThat((String) row.get("reference_code")).matches("KC-\\w{4}-\\w{4}");

		String thanks = mvc.perform(get("/consultation/thanks").cookie(receipt))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(thanks).contains((String) row.get("reference_code")).contains("988").contains("What happens next");
		assertThat(thanks).doesNotContain("sydney").doesNotContain(phone);
	}

	@Test
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void nothingThePersonTypedAppearsInTheLogs(org.springframework.boot.test.system.CapturedOutput output)
			throws Exception {
		var form = openForm();
		clock.advance(Duration.ofSeconds(40));
		mvc.perform(submit(form, Map.of("firstName", "Quillon", "lastName", "Vantersby", "smsConsent", "yes",
				"message", "My sister thinks I should try this"))).andExpect(status().isSeeOther());
		var invalid = openForm();
		mvc.perform(submit(invalid, Map.of("firstName", "Quillon", "email", "quillon@"))).andExpect(status().isOk());

		assertThat(output.getAll()).contains("Consultation request")
			.doesNotContain("Quillon")
			.doesNotContain("Vantersby")
			.doesNotContain("sister")
			.doesNotContain("sydney" + person)
			.doesNotContain(PhoneNumberOf.e164(phone))
			.doesNotContain(phone);
	}

	@Test
	void theRequestIsAnnouncedToOtherModulesOnlyAfterItIsCommitted() throws Exception {
		var form = openForm();
		clock.advance(Duration.ofSeconds(40));
		mvc.perform(submit(form, Map.of())).andExpect(status().isSeeOther());
		long id = idOf(form);
		// Listeners run asynchronously after the commit.
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(announced.committedWhenAnnounced(id)).isTrue());
	}

	@Test
	void smsConsentIsStoredAsEvidenceWithTheExactDisclosure() throws Exception {
		var form = openForm();
		clock.advance(Duration.ofSeconds(40));
		mvc.perform(submit(form, Map.of("smsConsent", "yes")).header("User-Agent", "Mozilla/5.0 test"))
			.andExpect(status().isSeeOther());
		var evidence = jdbc.sql("""
				select e.phone_e164, e.disclosure_version, e.disclosure_text, e.ip_address, e.user_agent,
				       e.page_version, e.purpose, e.given_at is not null as dated
				from sms_consent_evidence e join consultation_request r on r.id = e.consultation_request
				where r.submission_key = cast(? as uuid)""").param(form.submissionKey()).query().singleRow();
		assertThat((String) evidence.get("phone_e164")).startsWith("+1206");
		assertThat((String) evidence.get("disclosure_text")).contains("Msg & data rates may apply")
			.contains("Reply STOP to opt out, HELP for help")
			.contains("Message frequency varies");
		assertThat(form.html()).contains(((String) evidence.get("disclosure_text")).replace("&", "&amp;"));
		assertThat((String) evidence.get("disclosure_version")).matches("2026-11-[0-9a-f]{12}");
		assertThat(evidence.get("ip_address")).isEqualTo(address);
		assertThat(evidence.get("user_agent")).isEqualTo("Mozilla/5.0 test");
		assertThat(evidence.get("purpose")).isEqualTo("CARE");
		assertThat(evidence.get("dated")).isEqualTo(true);
	}

	@Test
	void withoutTheBoxTickedNoConsentIsRecorded() throws Exception {
		var form = openForm();
		clock.advance(Duration.ofSeconds(40));
		mvc.perform(submit(form, Map.of())).andExpect(status().isSeeOther());
		assertThat(jdbc.sql("select count(*) from sms_consent_evidence where consultation_request = ?")
			.param(idOf(form))
			.query(Integer.class)
			.single()).isZero();
		assertThat(form.html()).containsPattern("<input type=\"checkbox\" id=\"smsConsent\" name=\"smsConsent\" value=\"yes\"\\s+aria-describedby");
	}

	@ParameterizedTest(name = "{0} = \"{1}\" → {3}")
	@CsvSource(delimiter = '|', textBlock = """
			firstName     |          | firstName     | Enter your first name
			lastName      |          | lastName      | Enter your last name
			phone         |          | phone         | Enter your mobile phone number
			phone         | 555-12   | phone         | Enter a valid US phone number
			email         |          | email         | Enter your e-mail address
			email         | sydney@  | email         | Enter an e-mail address in the correct format
			location      | portland | location      | Choose your preferred location
			program       |          | program       | Choose a program
			contactMethod | fax      | contactMethod | Choose how we should contact you
			bestTime      |          | bestTime      | Choose the best time to reach you
			contactMethod | text     | smsConsent    | To contact you by text we need your permission
			""")
	void anInvalidFieldBringsTheFormBackWithTheInputKeptAndNothingStored(String field, String value,
			String errorField, String message) throws Exception {
		var form = openForm();
		clock.advance(Duration.ofSeconds(40));
		String page = mvc.perform(submit(form, Map.of(field, value == null ? "" : value)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("There is a problem").contains(message).contains("<title>Error: ");
		assertThat(page).contains("aria-invalid=\"true\"").contains("href=\"#" + errorField + "\"");
		// Everything the person typed comes back, the wrong value included, so they only fix what is wrong.
		String typed = value == null ? "" : value;
		assertThat(page).contains("value=\"" + (field.equals("firstName") ? typed : "Sydney") + "\"");
		assertThat(page).contains("value=\"" + (field.equals("phone") ? typed : phone) + "\"");
		assertThat(page).contains("name=\"submissionKey\" value=\"" + form.submissionKey() + "\"");
		assertThat(countBySubmissionKey(form)).isZero();
	}

	@Test
	void aFilledHoneypotIsStoredButFlaggedForReviewAndThePersonSeesTheUsualThanks() throws Exception {
		var form = openForm();
		clock.advance(Duration.ofSeconds(40));
		mvc.perform(submit(form, Map.of("website", "http://cheap-pills.example")))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/consultation/thanks"));
		assertThat(reviewOf(form)).containsEntry("needs_review", true).containsEntry("review_reasons", "HONEYPOT");
	}

	@Test
	void aFormSentWithinASecondOfBeingShownIsStoredButFlagged() throws Exception {
		var form = openForm();
		clock.advance(Duration.ofMillis(500));
		mvc.perform(submit(form, Map.of())).andExpect(status().isSeeOther());
		assertThat(reviewOf(form)).containsEntry("needs_review", true).containsEntry("review_reasons", "TOO_FAST");
	}

	@Test
	void aForgedFormTokenIsStoredButFlagged() throws Exception {
		var form = openForm();
		clock.advance(Duration.ofSeconds(40));
		mvc.perform(submit(form, Map.of("formToken", "1700000000000.forged"))).andExpect(status().isSeeOther());
		assertThat(reviewOf(form)).containsEntry("review_reasons", "NO_VALID_FORM_TOKEN");
	}

	@Test
	void theSixthRequestFromOneAddressWithinAnHourIsKeptAndThePersonIsAskedToCall() throws Exception {
		for (int i = 0; i < 5; i++) {
			var form = openForm();
			clock.advance(Duration.ofSeconds(40));
			mvc.perform(submit(form, Map.of("firstName", "Person" + i, "phone", "(425) 2%02d-%04d".formatted(i, person % 10_000))))
				.andExpect(status().isSeeOther());
		}
		var sixth = openForm();
		clock.advance(Duration.ofSeconds(40));
		MvcResult result = mvc.perform(submit(sixth, Map.of())).andExpect(status().isSeeOther()).andReturn();
		assertThat(reviewOf(sixth)).containsEntry("rate_limited", true).containsEntry("review_reasons", "ADDRESS_LIMIT");

		String thanks = mvc.perform(get("/consultation/thanks")
			.cookie(result.getResponse().getCookie("consultation_receipt")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(thanks).contains("please also call us at").contains("(206) 555-0100");
	}

	@Test
	void theFourthRequestForOnePhoneWithinADayIsKeptAndFlagged() throws Exception {
		String last = null;
		for (int i = 0; i < 4; i++) {
			var form = openForm();
			clock.advance(Duration.ofSeconds(40));
			mvc.perform(submit(form, Map.of("firstName", "Person" + i)).with(from("10.200.%d.%d".formatted(person % 256, i))))
				.andExpect(status().isSeeOther());
			last = form.submissionKey();
		}
		assertThat(jdbc.sql("select review_reasons from consultation_request where submission_key = cast(? as uuid)")
			.param(last)
			.query(String.class)
			.single()).isEqualTo("PHONE_LIMIT");
	}

	@Test
	void withoutACsrfTokenNothingIsStoredAndTheFormIsHandedBack() throws Exception {
		var form = openForm();
		clock.advance(Duration.ofSeconds(40));
		var request = post("/consultation").params(fields(form, Map.of())).with(from(address));
		// The refusal is handed back to the form (MockMvc records the forward; ConsultationOverHttpIT follows it).
		mvc.perform(request).andExpect(status().isForbidden())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl("/consultation"));
		assertThat(countBySubmissionKey(form)).isZero();
	}

	@Test
	void aDoubleSubmitCreatesOneRequest() throws Exception {
		var form = openForm();
		clock.advance(Duration.ofSeconds(40));
		mvc.perform(submit(form, Map.of())).andExpect(status().isSeeOther());
		mvc.perform(submit(form, Map.of())).andExpect(status().isSeeOther());
		assertThat(countBySubmissionKey(form)).isOne();
	}

	@Test
	void aDoubleClickThatSendsTheFormTwiceAtOnceCreatesOneRequest() throws Exception {
		var form = openForm();
		clock.advance(Duration.ofSeconds(40));
		var start = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
			for (int i = 0; i < 4; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return mvc.perform(submit(form, Map.of())).andReturn().getResponse().getStatus();
				}));
			}
			start.countDown();
			for (var answer : answers) {
				assertThat(answer.get()).isEqualTo(303);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(countBySubmissionKey(form)).isOne();
	}

	@Test
	void theSameRequestSentAgainFromAReloadedFormIsRecognised() throws Exception {
		var first = openForm();
		clock.advance(Duration.ofSeconds(40));
		mvc.perform(submit(first, Map.of())).andExpect(status().isSeeOther());
		var reloaded = openForm();
		clock.advance(Duration.ofSeconds(40));
		mvc.perform(submit(reloaded, Map.of())).andExpect(status().isSeeOther());
		assertThat(countBySubmissionKey(reloaded)).isZero();
		assertThat(jdbc.sql("select count(*) from consultation_request where phone_e164 = ?")
			.param(PhoneNumberOf.e164(phone))
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void theThankYouPageWithoutAReceiptRevealsNothing() throws Exception {
		String page = mvc.perform(get("/consultation/thanks").cookie(new Cookie("consultation_receipt", "forged.value")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("If you have just sent a request").doesNotContain("reference code is");
	}

	private OpenForm openForm() throws Exception {
		String html = mvc.perform(get("/consultation")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		return new OpenForm(hidden(html, "formToken"), hidden(html, "submissionKey"), html);
	}

	private MockHttpServletRequestBuilder submit(OpenForm form, Map<String, String> overrides) {
		return post("/consultation").params(fields(form, overrides)).with(csrf()).with(from(address));
	}

	private LinkedMultiValueMap<String, String> fields(OpenForm form, Map<String, String> overrides) {
		var fields = new LinkedMultiValueMap<String, String>();
		fields.add("firstName", "Sydney");
		fields.add("lastName", "G");
		fields.add("phone", phone);
		fields.add("email", "sydney" + person + "@example.org");
		fields.add("location", "bellevue");
		fields.add("program", "iv-infusions");
		fields.add("contactMethod", "phone");
		fields.add("bestTime", "morning");
		fields.add("message", "");
		fields.add("website", "");
		fields.add("formToken", form.formToken());
		fields.add("submissionKey", form.submissionKey());
		overrides.forEach(fields::set);
		return fields;
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String ip) {
		return request -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

	private int countBySubmissionKey(OpenForm form) {
		return jdbc.sql("select count(*) from consultation_request where submission_key = cast(? as uuid)")
			.param(form.submissionKey())
			.query(Integer.class)
			.single();
	}

	private long idOf(OpenForm form) {
		return jdbc.sql("select id from consultation_request where submission_key = cast(? as uuid)")
			.param(form.submissionKey())
			.query(Long.class)
			.single();
	}

	private Map<String, Object> reviewOf(OpenForm form) {
		return jdbc.sql("select needs_review, review_reasons, rate_limited, status from consultation_request "
				+ "where submission_key = cast(? as uuid)").param(form.submissionKey()).query().singleRow();
	}

	private static String hidden(String html, String name) {
		Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		assertThat(m.find()).as("hidden field " + name).isTrue();
		return m.group(1);
	}

	record OpenForm(String formToken, String submissionKey, String html) {
	}

	static final class PhoneNumberOf {

		static String e164(String typed) {
			return org.ketamineclinic.shared.PhoneNumber.parse(typed, "US").orElseThrow().e164();
		}
	}
}
