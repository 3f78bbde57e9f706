package org.ketamineclinic.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.FuzzText;
import org.ketamineclinic.shared.PersonName;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Ten thousand seeded random submissions of the consultation form: random fields, lengths and characters, repeated
 * parameters, forged tokens, missing or invalid CSRF tokens. None may cost a 5xx, and none may be stored.
 * <p>
 * "Nothing stored" is the right expectation only for submissions the form refuses: the spam defences (a filled
 * honeypot, a forged form token, a too-fast submission) deliberately store a valid request, flagged for review, and
 * show the usual thanks. So every case here breaks at least one required field in a way the validator must refuse
 * (absent, blank in {@link Character#isWhitespace}'s sense, or a name over {@link PersonName#MAX_PART_LENGTH}), and
 * everything else is random; some cases also lose the CSRF token, which is refused before validation.
 * <p>
 * A failure names the seed and the case: {@code case(SEED, n)} rebuilds exactly that request.
 */
@ClinicIntegrationTest
class ConsultationFormFuzzTest {

	static final long SEED = 20261129L;

	static final int CASES = 10_000;

	private static final String[] FIELDS = { "firstName", "lastName", "phone", "email", "location", "program",
			"contactMethod", "bestTime", "message", "smsConsent", "website", "formToken", "submissionKey" };

	private static final String[] REQUIRED = { "firstName", "lastName", "phone", "email", "location", "program",
			"contactMethod", "bestTime" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void randomInvalidSubmissionsNeverCostA5xxAndNothingIsStored() throws Exception {
		String page = mvc.perform(get("/consultation")).andReturn().getResponse().getContentAsString();
		String formToken = hidden(page, "formToken");
		int requestsBefore = count("consultation_request");
		int consentsBefore = count("sms_consent_evidence");

		List<String> failures = new ArrayList<>();
		long started = System.nanoTime();
		for (int n = 0; n < CASES && failures.size() < 20; n++) {
			Case c = fuzzCase(SEED, n, formToken);
			int status;
			try {
				status = mvc.perform(c.request()).andReturn().getResponse().getStatus();
			}
			catch (Exception ex) {
				status = 500; // MockMvc rethrows what the application did not handle: on a server, a 500
				c.notes().add(ex.toString());
			}
			if (status >= 500) {
				failures.add("seed " + SEED + " case " + n + " → " + status + ": " + c.notes());
			}
		}
		System.out.printf("Consultation form fuzz: %d cases in %d ms%n", CASES, (System.nanoTime() - started) / 1_000_000);

		assertThat(failures).as("seed %d: rebuild a case with fuzzCase(SEED, n, token)", SEED).isEmpty();
		assertThat(count("consultation_request")).as("requests stored, seed %d", SEED).isEqualTo(requestsBefore);
		assertThat(count("sms_consent_evidence")).as("consents stored, seed %d", SEED).isEqualTo(consentsBefore);
	}

	/** Case {@code n} of the run seeded {@code seed}: independent of the others, so one can be replayed alone. */
	static Case fuzzCase(long seed, int n, String formToken) {
		Random random = new Random(seed * 1_000_003L + n);
		List<String> notes = new ArrayList<>();
		MockHttpServletRequestBuilder request = post("/consultation");
		String broken = REQUIRED[random.nextInt(REQUIRED.length)];
		for (String field : FIELDS) {
			if (field.equals(broken)) {
				continue;
			}
			int roll = random.nextInt(10);
			if (roll < 2) {
				continue; // absent
			}
			String value = roll < 5 ? plausible(field, formToken, random) : FuzzText.any(random);
			request.param(field, value);
			notes.add(field + "=" + FuzzText.describe(value));
			if (random.nextInt(12) == 0) {
				String again = FuzzText.any(random);
				request.param(field, again); // a repeated parameter
				notes.add(field + "+=" + FuzzText.describe(again));
			}
		}
		String invalid = switch (random.nextInt(3)) {
			case 0 -> null;
			case 1 -> FuzzText.blank(random);
			default -> broken.endsWith("Name") ? "N".repeat(PersonName.MAX_PART_LENGTH + 1 + random.nextInt(500))
					: FuzzText.blank(random);
		};
		if (invalid != null) {
			request.param(broken, invalid);
		}
		notes.add(0, "broken " + broken + "=" + FuzzText.describe(invalid));
		for (int extra = random.nextInt(3); extra > 0; extra--) {
			String name = FuzzText.any(random);
			if (!List.of(FIELDS).contains(name)) {
				request.param(name, FuzzText.any(random));
			}
		}
		if (random.nextInt(4) == 0) {
			request.header("User-Agent", FuzzText.any(random).replaceAll("[^\\x20-\\x7E]", "?"));
		}
		switch (random.nextInt(20)) {
			case 0 -> notes.add("no CSRF token");
			case 1 -> {
				request.with(csrf().useInvalidToken());
				notes.add("invalid CSRF token");
			}
			default -> request.with(csrf());
		}
		String ip = "10.%d.%d.%d".formatted(250 + random.nextInt(5), random.nextInt(256), random.nextInt(256));
		request.with(r -> {
			r.setRemoteAddr(ip);
			return r;
		});
		return new Case(request, notes);
	}

	/** A value the field could really have, or a near miss. */
	private static String plausible(String field, String formToken, Random random) {
		return switch (field) {
			case "firstName", "lastName" -> random.nextBoolean() ? "Sydney" : "Ng\u00fay\u1ec5n";
			case "phone" -> random.nextBoolean() ? "(206) 555-01%02d".formatted(random.nextInt(100)) : "+442071838750";
			case "email" -> random.nextBoolean() ? "fuzz@example.org" : "fuzz@";
			case "location" -> random.nextBoolean() ? "virtual" : "bellevue";
			case "program" -> random.nextBoolean() ? "not-sure" : "iv-infusions";
			case "contactMethod" -> random.nextBoolean() ? "text" : "phone";
			case "bestTime" -> random.nextBoolean() ? "any" : "evening";
			case "smsConsent" -> random.nextBoolean() ? "yes" : "on";
			case "website" -> random.nextBoolean() ? "" : "http://cheap-pills.example";
			case "formToken" -> random.nextBoolean() ? formToken : "1700000000000.forged";
			case "submissionKey" -> random.nextBoolean() ? new UUID(random.nextLong(), random.nextLong()).toString() : "not-a-uuid";
			default -> "";
		};
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private static String hidden(String html, String name) {
		Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		assertThat(m.find()).as("hidden field " + name).isTrue();
		return m.group(1);
	}

	record Case(MockHttpServletRequestBuilder request, List<String> notes) {
	}
}
