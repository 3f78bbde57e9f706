package org.ketamineclinic.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TwilioSignatureTest {

	// The worked example on Twilio's "Secure webhooks" page (twilio.com/docs/usage/webhooks/webhooks-security).
	private static final String TOKEN = "12345";
	private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
	private static final String DOCUMENTED_SIGNATURE = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";

	private static Map<String, List<String>> documentedParams() {
		Map<String, List<String>> params = new LinkedHashMap<>();
		params.put("CallSid", List.of("CA1234567890ABCDE"));
		params.put("Caller", List.of("+12349013030"));
		params.put("Digits", List.of("1234"));
		params.put("From", List.of("+12349013030"));
		params.put("To", List.of("+18005551212"));
		return params;
	}

	@Test
	void computesTwilioDocumentedExampleSignature() {
		assertThat(TwilioSignature.compute(TOKEN, URL, documentedParams())).isEqualTo(DOCUMENTED_SIGNATURE);
		assertThat(TwilioSignature.isValid(TOKEN, URL, documentedParams(), DOCUMENTED_SIGNATURE)).isTrue();
	}

	@Test
	void parametersInAnotherOrderGiveTheSameSignature() {
		Map<String, List<String>> reversed = new LinkedHashMap<>();
		List.of("To", "From", "Digits", "Caller", "CallSid").forEach(name -> reversed.put(name, documentedParams().get(name)));

		assertThat(TwilioSignature.compute(TOKEN, URL, reversed)).isEqualTo(DOCUMENTED_SIGNATURE);
	}

	@Test
	void urlWithExplicitDefaultPortStillValidates() {
		String withPort = "https://mycompany.com:443/myapp.php?foo=1&bar=2";

		assertThat(TwilioSignature.isValid(TOKEN, withPort, documentedParams(), DOCUMENTED_SIGNATURE)).isTrue();
	}

	@Test
	void signatureOverUrlWithDefaultPortValidatesAgainstUrlWithout() {
		String signedWithPort = TwilioSignature.compute(TOKEN, "https://mycompany.com:443/myapp.php?foo=1&bar=2",
				documentedParams());

		assertThat(signedWithPort).isNotEqualTo(DOCUMENTED_SIGNATURE);
		assertThat(TwilioSignature.isValid(TOKEN, URL, documentedParams(), signedWithPort)).isTrue();
	}

	@Test
	void plainHttpUsesPortEighty() {
		String signed = TwilioSignature.compute(TOKEN, "http://example.com:80/sms/inbound", Map.of());

		assertThat(TwilioSignature.isValid(TOKEN, "http://example.com/sms/inbound", Map.of(), signed)).isTrue();
		assertThat(TwilioSignature.isValid(TOKEN, "http://example.com:443/sms/inbound", Map.of(), signed)).isFalse();
	}

	@Test
	void nonDefaultPortIsNeverDroppedOrReplaced() {
		String signed = TwilioSignature.compute(TOKEN, "https://example.com:8443/sms/inbound", Map.of());

		assertThat(TwilioSignature.isValid(TOKEN, "https://example.com:8443/sms/inbound", Map.of(), signed)).isTrue();
		assertThat(TwilioSignature.isValid(TOKEN, "https://example.com/sms/inbound", Map.of(), signed)).isFalse();
		assertThat(TwilioSignature.isValid(TOKEN, "https://example.com:443/sms/inbound", Map.of(), signed)).isFalse();
	}

	@Test
	void changedParameterValueIsRejected() {
		Map<String, List<String>> tampered = documentedParams();
		tampered.put("Digits", List.of("1235"));

		assertThat(TwilioSignature.isValid(TOKEN, URL, tampered, DOCUMENTED_SIGNATURE)).isFalse();
	}

	@Test
	void addedOrRemovedParameterIsRejected() {
		Map<String, List<String>> extended = documentedParams();
		extended.put("Body", List.of("STOP"));
		Map<String, List<String>> shortened = documentedParams();
		shortened.remove("Caller");

		assertThat(TwilioSignature.isValid(TOKEN, URL, extended, DOCUMENTED_SIGNATURE)).isFalse();
		assertThat(TwilioSignature.isValid(TOKEN, URL, shortened, DOCUMENTED_SIGNATURE)).isFalse();
	}

	@Test
	void changedQueryStringIsRejected() {
		assertThat(TwilioSignature.isValid(TOKEN, "https://mycompany.com/myapp.php?foo=1&bar=3", documentedParams(),
				DOCUMENTED_SIGNATURE)).isFalse();
	}

	@Test
	void wrongTokenIsRejected() {
		assertThat(TwilioSignature.isValid("54321", URL, documentedParams(), DOCUMENTED_SIGNATURE)).isFalse();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\t" })
	void missingOrBlankHeaderIsRejected(String header) {
		assertThat(TwilioSignature.isValid(TOKEN, URL, documentedParams(), header)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0/KCTR6DLpKmkAf8muzZqo1nDgQ", "0/KCTR6DLpKmkAf8muzZqo1nDgQ==", "0/kctr6dlpkmkaf8muzzqo1ndgq=",
			" 0/KCTR6DLpKmkAf8muzZqo1nDgQ=" })
	void headerMustMatchExactly(String header) {
		assertThat(TwilioSignature.isValid(TOKEN, URL, documentedParams(), header)).isFalse();
	}

	@Test
	void namesSortByByteValueSoCapitalsComeFirst() {
		Map<String, List<String>> params = Map.of("body", List.of("x"), "To", List.of("y"), "Body", List.of("z"));

		assertThat(TwilioSignature.compute(TOKEN, URL, params)).isEqualTo(hmac(TOKEN, URL + "BodyzToybodyx"));
	}

	@Test
	void namesSortByUtf8BytesNotUtf16Units() {
		// U+FF21 is below U+1F600 in UTF-8 bytes and code points, though above its surrogate pair in UTF-16.
		Map<String, List<String>> params = Map.of("\uD83D\uDE00", List.of("1"), "\uFF21", List.of("2"));

		assertThat(TwilioSignature.compute(TOKEN, URL, params)).isEqualTo(hmac(TOKEN, URL + "\uFF212\uD83D\uDE001"));
	}

	@Test
	void repeatedNameContributesEachValueInSortedOrder() {
		Map<String, List<String>> params = Map.of("MediaUrl", List.of("https://b.example", "https://a.example"));

		assertThat(TwilioSignature.compute(TOKEN, URL, params))
				.isEqualTo(hmac(TOKEN, URL + "MediaUrlhttps://a.exampleMediaUrlhttps://b.example"));
	}

	@Test
	void emptyValueStillContributesItsNameAndTextIsSignedAsUtf8() {
		Map<String, List<String>> params = Map.of("Body", List.of(""), "From", List.of("Café ☕"));

		assertThat(TwilioSignature.compute(TOKEN, URL, params)).isEqualTo(hmac(TOKEN, URL + "BodyFromCafé ☕"));
	}

	@Test
	void noParametersSignsTheUrlAlone() {
		assertThat(TwilioSignature.compute(TOKEN, URL, null)).isEqualTo(hmac(TOKEN, URL));
		assertThat(TwilioSignature.compute(TOKEN, URL, Map.of())).isEqualTo(hmac(TOKEN, URL));
	}

	@ParameterizedTest
	@NullAndEmptySource
	void missingAuthTokenIsAConfigurationErrorNotAForgery(String token) {
		assertThatThrownBy(() -> TwilioSignature.isValid(token, URL, documentedParams(), DOCUMENTED_SIGNATURE))
				.isInstanceOf(IllegalArgumentException.class);
	}

	/** Reference HMAC over a string written out by hand, to pin down what is concatenated. */
	private static String hmac(String key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key.getBytes(UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(UTF_8)));
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
	}
}
