package org.ketamineclinic.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.FuzzText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Ten thousand seeded random calls to Twilio's two webhooks, without a signature or with a wrong one: every one is
 * refused with 403, none costs a 5xx, and nothing reaches the module's tables (each refusal is audited, by design).
 * Then a thousand correctly signed calls with random parameters: whatever they carry, never a 5xx.
 * <p>
 * The shared test context signs webhooks with the token and public address in application-test.yaml (it has no
 * Twilio account, so nothing is ever sent).
 */
@ClinicIntegrationTest
class TwilioWebhookFuzzTest {

	static final long SEED = 20261129L;

	static final String TOKEN = "shared-test-webhook-token";

	static final String PUBLIC = "https://clinic.example.org";

	private static final String[] PARAMS = { "MessageSid", "SmsSid", "AccountSid", "From", "To", "Body", "NumMedia",
			"MessageStatus", "ErrorCode", "ApiVersion" };

	private static final String MALFORMED_QUERY = "%zz=1&%=&a=%E0%A4%A";

	private static final String[] PATHS = { "/webhooks/twilio/inbound", "/webhooks/twilio/status" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void unsignedOrWronglySignedCallsAreRefusedNeverCostA5xxAndStoreNothing() throws Exception {
		Map<String, Integer> before = counts();
		List<String> failures = new ArrayList<>();
		Map<Integer, Integer> statuses = new java.util.TreeMap<>();
		long started = System.nanoTime();
		for (int n = 0; n < 10_000 && failures.size() < 20; n++) {
			Random random = new Random(SEED * 1_000_003L + n);
			Call call = call(random);
			String signature = switch (random.nextInt(6)) {
				case 0 -> null;
				case 1 -> FuzzText.blank(random);
				case 2 -> FuzzText.any(random).replaceAll("[^\\x20-\\x7E]", "");
				case 3 -> TwilioSignature.compute("not-" + TOKEN, PUBLIC + call.path(), call.params());
				case 4 -> TwilioSignature.compute(TOKEN, "https://elsewhere.example" + call.path(), call.params());
				// Signed, then one parameter changed on the way.
				default -> tampered(TwilioSignature.compute(TOKEN, PUBLIC + call.path(), call.params()), call, random);
			};
			int status = perform(call, signature);
			statuses.merge(status, 1, Integer::sum);
			// 403 from the signature check; 400 from Spring Security's firewall, which refuses parameters holding
			// characters Unicode does not define (U+FFFF) before any controller sees them.
			if (status != 403 && status != 400) {
				failures.add("seed " + SEED + " case " + n + " → " + status + ": " + call.notes());
			}
		}
		System.out.printf("Twilio webhook fuzz (refused): 10000 cases in %d ms, statuses %s%n",
				(System.nanoTime() - started) / 1_000_000, statuses);

		assertThat(failures).as("seed %d: rebuild case n with call(new Random(SEED * 1_000_003L + n))", SEED).isEmpty();
		assertThat(counts()).as("rows in the messaging module's tables, seed %d", SEED).isEqualTo(before);
	}

	@Test
	void correctlySignedCallsWithRandomParametersNeverCostA5xx() throws Exception {
		List<String> failures = new ArrayList<>();
		Map<Integer, Integer> statuses = new java.util.TreeMap<>();
		long started = System.nanoTime();
		for (int n = 0; n < 1_000 && failures.size() < 20; n++) {
			Random random = new Random(~SEED * 1_000_003L + n);
			Call call = call(random);
			if (random.nextBoolean()) {
				// A well-formed id and numbers half the time, so that random bodies and statuses reach the database.
				for (String name : List.of("MessageSid", "From", "To")) {
					call.params().put(name, List.of(plausible(name, random).replace("whatsapp:", "")));
				}
			}
			String url = PUBLIC + call.path() + (call.query() == null ? "" : "?" + call.query());
			int status = perform(call, TwilioSignature.compute(TOKEN, url, call.params()));
			statuses.merge(status, 1, Integer::sum);
			// A query with a malformed escape cannot be checked against its signature, so it is refused (400 or 403);
			// any other correctly signed call passes the signature check (anything but 403).
			boolean refused = status == 403 || status == 400;
			boolean acceptable = MALFORMED_QUERY.equals(call.query()) ? refused : status != 403;
			if (status >= 500 || !acceptable) {
				failures.add("seed " + ~SEED + " case " + n + " → " + status + ": " + call.notes());
			}
		}
		System.out.printf("Twilio webhook fuzz (signed): 1000 cases in %d ms, statuses %s%n",
				(System.nanoTime() - started) / 1_000_000, statuses);
		assertThat(failures).as("seed %d", ~SEED).isEmpty();
	}

	/** One call: either webhook, a random subset of Twilio's parameters (some repeated), now and then a stray one. */
	static Call call(Random random) {
		String path = PATHS[random.nextInt(PATHS.length)];
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (String name : PARAMS) {
			int roll = random.nextInt(10);
			if (roll < 3) {
				continue;
			}
			String value = roll < 6 ? plausible(name, random) : FuzzText.any(random);
			params.put(name, random.nextInt(15) == 0 ? List.of(value, FuzzText.any(random)) : List.of(value));
		}
		if (random.nextInt(5) == 0) {
			params.putIfAbsent(FuzzText.any(random), List.of(FuzzText.any(random)));
		}
		String query = switch (random.nextInt(12)) {
			case 0 -> "x=1";
			case 1 -> MALFORMED_QUERY;
			case 2 -> "=&&=";
			default -> null;
		};
		List<String> notes = new ArrayList<>();
		notes.add(path + (query == null ? "" : "?" + query));
		params.forEach((name, values) -> notes.add(FuzzText.describe(name) + "=" + values.stream().map(FuzzText::describe).toList()));
		return new Call(path, query, params, notes);
	}

	private static String plausible(String name, Random random) {
		return switch (name) {
			case "MessageSid", "SmsSid" -> "SM%032x".formatted(random.nextLong());
			case "AccountSid" -> "AC%032x".formatted(random.nextLong());
			case "From", "To" -> random.nextBoolean() ? "+1206555%04d".formatted(random.nextInt(10_000)) : "whatsapp:+12065550100";
			case "Body" -> List.of("STOP", "HELP", "START", "stop", "Yes, Tuesday works", "").get(random.nextInt(6));
			case "MessageStatus" -> List.of("queued", "sent", "delivered", "undelivered", "failed", "read").get(random.nextInt(6));
			case "ErrorCode" -> List.of("21610", "30003", "0", "-1", "99999999999").get(random.nextInt(5));
			case "NumMedia" -> Integer.toString(random.nextInt(11));
			default -> "2010-04-01";
		};
	}

	private static String tampered(String signature, Call call, Random random) {
		if (call.params().isEmpty()) {
			call.params().put("Body", List.of("STOP"));
		}
		else {
			var names = new ArrayList<>(call.params().keySet());
			String name = names.get(random.nextInt(names.size()));
			call.params().put(name, List.of(call.params().get(name).get(0) + "x"));
		}
		call.notes().add("tampered");
		return signature;
	}

	private int perform(Call call, String signature) {
		MockHttpServletRequestBuilder request = post(call.path())
			.contentType("application/x-www-form-urlencoded");
		call.params().forEach((name, values) -> values.forEach(value -> request.param(name, value)));
		if (signature != null) {
			request.header("X-Twilio-Signature", signature);
		}
		if (call.query() != null) {
			request.with(r -> {
				r.setQueryString(call.query());
				return r;
			});
		}
		try {
			return mvc.perform(request).andReturn().getResponse().getStatus();
		}
		catch (Exception ex) {
			call.notes().add(ex.toString());
			return 500; // MockMvc rethrows what the application did not handle: on a server, a 500
		}
	}

	/** What an accepted call would write: only the webhooks write these rows. */
	private Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("inbound texts", count("select count(*) from inbound_message"));
		counts.put("keyword replies", count("select count(*) from outbound_message where message_key like 'keyword-reply:%'"));
		counts.put("provider errors", count("select count(*) from outbound_message where last_error like 'Provider error%'"));
		counts.put("consent by keyword or provider", count(
				"select count(*) from sms_consent_event where source in ('KEYWORD', 'PROVIDER_ERROR_21610')"));
		return counts;
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	record Call(String path, String query, Map<String, List<String>> params, List<String> notes) {
	}
}
