package org.ketamineclinic.messaging;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Sends one text through Twilio's Messages API. It never retries (the dispatcher decides), so every answer is sorted
 * into "accepted", "try later" or "refused for good". Logs carry the HTTP status and Twilio's error code only: the
 * phone number and the text are patient data.
 */
public class TwilioGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(TwilioGateway.class);

	private final TwilioProperties properties;

	private final HttpClient http;

	private final JsonMapper json = JsonMapper.builder().build();

	public TwilioGateway(TwilioProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public String name() {
		return "twilio";
	}

	@Override
	public Result send(OutgoingSms sms) {
		if (!properties.configured()) {
			// A configuration gap is fixable, so the message waits rather than being marked failed.
			log.warn("Twilio is not configured; message left for a later attempt");
			return new Result.Transient("Twilio is not configured");
		}
		HttpResponse<String> response;
		try {
			response = http.send(request(sms), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (HttpConnectTimeoutException | ConnectException e) {
			// Never reached Twilio: nothing was sent, so trying again cannot text anyone twice.
			log.warn("Twilio could not be reached: {}", e.getClass().getSimpleName());
			return new Result.Transient("could not connect to Twilio");
		}
		catch (HttpTimeoutException e) {
			// The request went out and no answer came: Twilio may have sent it. Retrying could text the person
			// twice, so the dispatcher leaves it to staff instead.
			log.warn("Twilio did not answer within {}", properties.timeout());
			return new Result.Uncertain("no answer within " + properties.timeout().toMillis() + " ms");
		}
		catch (IOException e) {
			log.warn("Twilio call failed: {}", e.getClass().getSimpleName());
			return new Result.Uncertain("connection lost: " + e.getClass().getSimpleName());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Result.Transient("interrupted");
		}
		return interpret(response.statusCode(), parse(response.body()), sms.to());
	}

	/**
	 * Twilio's message list for the recipient, newest first (one page of 50): a message with the same text created
	 * since the first attempt, and not already on another of our messages, is this one. Twilio keeps no idempotency
	 * key for a message, so the text, the number and the time are what tell it apart.
	 */
	@Override
	public Lookup lookUp(OutgoingSms sms, Instant since, Set<String> alreadyRecorded) {
		if (!properties.configured()) {
			return new Lookup.Unknown("Twilio is not configured");
		}
		URI uri = URI.create(properties.baseUrl() + "/2010-04-01/Accounts/" + encode(properties.accountSid())
				+ "/Messages.json?PageSize=50&To=" + encode(sms.to()));
		HttpResponse<String> response;
		try {
			response = http.send(HttpRequest.newBuilder(uri)
				.timeout(properties.timeout())
				.header("Authorization", authorization())
				.header("Accept", "application/json")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			log.warn("Twilio could not be asked about a message: {}", e.getClass().getSimpleName());
			return new Lookup.Unknown("could not reach Twilio");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Lookup.Unknown("interrupted");
		}
		if (response.statusCode() != 200) {
			log.warn("Twilio could not be asked about a message: HTTP {}", response.statusCode());
			return new Lookup.Unknown("HTTP " + response.statusCode());
		}
		JsonNode messages = parse(response.body()).path("messages");
		if (!messages.isArray()) {
			return new Lookup.Unknown("unexpected answer");
		}
		for (JsonNode message : messages) {
			String sid = message.path("sid").asString("");
			if (!sid.isEmpty() && !alreadyRecorded.contains(sid) && sms.body().equals(message.path("body").asString(null))
					&& createdSince(message.path("date_created").asString(""), since)) {
				return new Lookup.Found(sid, message.path("status").asString("queued"));
			}
		}
		return new Lookup.NotFound();
	}

	/** Twilio writes dates as RFC 2822 ("Sun, 29 Nov 2026 19:30:00 +0000"), to the second. */
	private static boolean createdSince(String created, Instant since) {
		try {
			Instant at = ZonedDateTime.parse(created, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			return !at.isBefore(since.truncatedTo(ChronoUnit.SECONDS));
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}

	private String authorization() {
		String credentials = properties.accountSid() + ":" + properties.authToken();
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	private HttpRequest request(OutgoingSms sms) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("To", sms.to());
		if (properties.usesMessagingService()) {
			// A messaging service picks the sender from its pool and handles STOP for the whole service.
			form.put("MessagingServiceSid", properties.messagingServiceSid());
		}
		else {
			form.put("From", properties.fromNumber());
		}
		form.put("Body", sms.body());
		if (sms.statusCallback() != null && !sms.statusCallback().isBlank()) {
			form.put("StatusCallback", sms.statusCallback());
		}
		URI uri = URI.create(properties.baseUrl() + "/2010-04-01/Accounts/" + encode(properties.accountSid())
				+ "/Messages.json");
		return HttpRequest.newBuilder(uri)
			.timeout(properties.timeout())
			.header("Authorization", authorization())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(formBody(form), StandardCharsets.UTF_8))
			.build();
	}

	private Result interpret(int status, JsonNode answer, String recipient) {
		if (status >= 200 && status < 300) {
			String sid = answer.path("sid").asString("");
			String state = answer.path("status").asString("queued");
			// Accepted even without a sid: sending again would text the patient twice.
			log.info("Twilio accepted message {} ({})", sid, state);
			return new Result.Accepted(sid.isEmpty() ? null : sid, state);
		}
		Integer code = code(answer);
		if (status == 429 || status >= 500) {
			log.warn("Twilio unavailable: HTTP {}, code {}", status, code);
			return new Result.Transient("HTTP " + status + (code != null ? " (Twilio error " + code + ")" : ""));
		}
		if (status >= 400) {
			log.warn("Twilio refused a message: HTTP {}, code {}", status, code);
			String message = answer.path("message").asString("");
			// Twilio's messages may quote the 'To' number (e.g. 21211); the reason is stored and shown, so hide it.
			String reason = message.isBlank() ? "HTTP " + status : hide(message, recipient);
			return new Result.Permanent(reason, code);
		}
		// 1xx/3xx are not part of this API; something between us and Twilio misbehaves, so try again later.
		log.warn("Twilio answered unexpectedly: HTTP {}", status);
		return new Result.Transient("unexpected HTTP " + status);
	}

	private static String hide(String message, String recipient) {
		return recipient == null || recipient.isBlank() ? message : message.replace(recipient, "[recipient]");
	}

	private static Integer code(JsonNode answer) {
		JsonNode code = answer.path("code");
		return code.isIntegralNumber() && code.canConvertToInt() ? code.intValue() : null;
	}

	private JsonNode parse(String body) {
		// Proxies and load balancers answer with HTML; that must not turn into an exception here.
		try {
			return body == null || body.isBlank() ? MissingNode.getInstance() : json.readTree(body);
		}
		catch (JacksonException e) {
			return MissingNode.getInstance();
		}
	}

	private static String formBody(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
