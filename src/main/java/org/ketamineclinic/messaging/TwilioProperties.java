package org.ketamineclinic.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the clinic reaches Twilio ({@code clinic.messaging.twilio.*}).
 *
 * @param accountSid          Twilio account SID (AC…), also the Basic auth user name
 * @param authToken           Twilio auth token: Basic auth password and the key that signs Twilio's webhooks
 * @param fromNumber          the clinic's sending number, E.164; ignored when a messaging service is set
 * @param messagingServiceSid Twilio messaging service (MG…), preferred over {@code fromNumber}
 * @param baseUrl             Twilio's REST API; tests point it at a local stand-in
 * @param publicBaseUrl       where Twilio reaches this platform, e.g. https://clinic.example.org; webhook URLs and
 *                            their signatures are built from it, because behind a proxy the request URL differs
 * @param timeout             connect and response time-out for one API call
 */
@ConfigurationProperties("clinic.messaging.twilio")
public record TwilioProperties(String accountSid, String authToken, String fromNumber, String messagingServiceSid,
		@DefaultValue("https://api.twilio.com") String baseUrl, String publicBaseUrl,
		@DefaultValue("10s") Duration timeout) {

	public static final String STATUS_CALLBACK_PATH = "/webhooks/twilio/status";

	public TwilioProperties {
		// Code (tests, other wiring) may build this record without Spring's binder, which applies the defaults.
		baseUrl = present(baseUrl) ? stripSlash(baseUrl) : "https://api.twilio.com";
		publicBaseUrl = present(publicBaseUrl) ? stripSlash(publicBaseUrl) : null;
		timeout = timeout != null ? timeout : Duration.ofSeconds(10);
	}

	/** True when messages can be sent: credentials and a sender (number or messaging service). */
	public boolean configured() {
		return present(accountSid) && present(authToken) && (present(fromNumber) || present(messagingServiceSid));
	}

	/** True when a messaging service should be the sender rather than a single number. */
	public boolean usesMessagingService() {
		return present(messagingServiceSid);
	}

	/** Where Twilio should report delivery, or null when the public address is not known. */
	public String statusCallbackUrl() {
		return publicBaseUrl == null ? null : publicBaseUrl + STATUS_CALLBACK_PATH;
	}

	@Override
	public String toString() {
		// The auth token is a credential and signs webhooks: it must never reach logs or actuator output.
		return "TwilioProperties[accountSid=" + accountSid + ", authToken=" + (present(authToken) ? "[hidden]" : "none")
				+ ", fromNumber=" + fromNumber + ", messagingServiceSid=" + messagingServiceSid + ", baseUrl=" + baseUrl
				+ ", publicBaseUrl=" + publicBaseUrl + ", timeout=" + timeout + "]";
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static String stripSlash(String url) {
		String trimmed = url.strip();
		return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}
}
