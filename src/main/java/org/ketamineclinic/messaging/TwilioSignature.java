package org.ketamineclinic.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's {@code X-Twilio-Signature} for webhooks posted as {@code application/x-www-form-urlencoded}: Base64 of
 * HMAC-SHA1, keyed with the account's auth token, over the full URL followed by every POST parameter's name and value,
 * sorted by name. Without this check anyone could post a forged STOP or a fake delivery report to the webhook.
 */
public final class TwilioSignature {

	private static final String HMAC_SHA1 = "HmacSHA1";

	private TwilioSignature() {
	}

	/**
	 * The signature Twilio sends for a request.
	 *
	 * @param authToken the account's auth token; a missing token is a configuration error, not a forged request
	 * @param url       the full URL Twilio called: scheme, host, port if any, path and query string, exactly as configured
	 * @param params    the decoded POST parameters, each name with all its values; null means none
	 * @return the Base64-encoded HMAC-SHA1
	 * @throws IllegalArgumentException if the token is null or empty
	 */
	public static String compute(String authToken, String url, Map<String, List<String>> params) {
		if (authToken == null || authToken.isEmpty()) {
			throw new IllegalArgumentException("Twilio auth token is not configured");
		}
		Objects.requireNonNull(url, "url");
		StringBuilder data = new StringBuilder(url);
		if (params != null) {
			List<String> names = new ArrayList<>(params.keySet());
			names.sort(TwilioSignature::byCodePoint);
			for (String name : names) {
				List<String> values = new ArrayList<>();
				for (String value : Objects.requireNonNullElse(params.get(name), List.<String>of())) {
					values.add(value == null ? "" : value);
				}
				values.sort(TwilioSignature::byCodePoint);
				for (String value : values) {
					data.append(name).append(value);
				}
			}
		}
		try {
			Mac mac = Mac.getInstance(HMAC_SHA1);
			mac.init(new SecretKeySpec(authToken.getBytes(UTF_8), HMAC_SHA1));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(UTF_8)));
		}
		catch (GeneralSecurityException e) {
			// Every JDK must provide HmacSHA1, so this is a broken runtime rather than a bad request.
			throw new IllegalStateException("HmacSHA1 is unavailable", e);
		}
	}

	/**
	 * Whether {@code signatureHeader} is Twilio's signature for this request. Twilio may have signed the URL with or
	 * without the scheme's default port (443, 80), whichever the request shows, so both forms are tried.
	 *
	 * @param authToken       the account's auth token
	 * @param url             the full URL of the request, including its query string
	 * @param params          the decoded POST parameters; null means none
	 * @param signatureHeader the {@code X-Twilio-Signature} header; null or blank is never valid
	 * @return true only if the header matches, compared in constant time
	 * @throws IllegalArgumentException if the token is null or empty
	 */
	public static boolean isValid(String authToken, String url, Map<String, List<String>> params,
			String signatureHeader) {
		Objects.requireNonNull(url, "url");
		if (signatureHeader == null || signatureHeader.isBlank()) {
			return false;
		}
		byte[] given = signatureHeader.getBytes(UTF_8);
		boolean valid = false;
		for (String candidate : withAndWithoutDefaultPort(url)) {
			// MessageDigest.isEqual takes the same time wherever the first difference is: no timing oracle.
			valid |= MessageDigest.isEqual(compute(authToken, candidate, params).getBytes(UTF_8), given);
		}
		return valid;
	}

	/** The URL as given, then with the default port added if absent, or removed if present. */
	private static List<String> withAndWithoutDefaultPort(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException e) {
			return List.of(url);
		}
		String scheme = uri.getScheme();
		String authority = uri.getRawAuthority();
		if (scheme == null || authority == null || uri.getHost() == null) {
			return List.of(url);
		}
		int defaultPort = switch (scheme.toLowerCase(Locale.ROOT)) {
			case "https" -> 443;
			case "http" -> 80;
			default -> -1;
		};
		// Splice the new authority into the original text, so the path and query keep their exact encoding.
		int authorityStart = scheme.length() + "://".length();
		if (defaultPort < 0 || !url.startsWith(authority, authorityStart)) {
			return List.of(url);
		}
		String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@";
		String otherAuthority;
		if (uri.getPort() == -1) {
			otherAuthority = userInfo + uri.getHost() + ":" + defaultPort;
		}
		else if (uri.getPort() == defaultPort) {
			otherAuthority = userInfo + uri.getHost();
		}
		else {
			return List.of(url);
		}
		return List.of(url, url.substring(0, authorityStart) + otherAuthority
				+ url.substring(authorityStart + authority.length()));
	}

	/** Byte order of the UTF-8 encoding, which is code point order (String.compareTo differs above U+FFFF). */
	private static int byCodePoint(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int ca = a.codePointAt(i);
			int cb = b.codePointAt(j);
			if (ca != cb) {
				return Integer.compare(ca, cb);
			}
			i += Character.charCount(ca);
			j += Character.charCount(cb);
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}
}
