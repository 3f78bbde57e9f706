package org.ketamineclinic.messaging;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local Twilio Messages API for tests: real HTTP, Basic auth, form bodies and Twilio-shaped JSON answers, with
 * switchable trouble (outage, rate limit, slowness, opted-out recipients) so the gateway's sorting can be exercised.
 */
public final class TwilioStandIn implements AutoCloseable {

	/** One request as Twilio would have seen it; {@code authenticated} is false when the credentials were wrong. */
	public record Request(String accountSid, String to, String from, String messagingServiceSid, String body,
			String statusCallback, boolean authenticated, Instant receivedAt) {
	}

	private sealed interface Trouble permits Fail, Delay, OptedOut {}
	private record Fail(int status) implements Trouble {}
	private record Delay(Duration duration) implements Trouble {}
	private record OptedOut() implements Trouble {}

	private static final String MESSAGES = "^/2010-04-01/Accounts/([^/]+)/Messages\\.json$";

	private final String accountSid;
	private final String authToken;
	private final JsonMapper json = JsonMapper.builder().build();
	private final List<Request> requests = new CopyOnWriteArrayList<>();
	private final Queue<Trouble> upcoming = new ConcurrentLinkedQueue<>();
	private final Map<String, Trouble> byRecipient = new ConcurrentHashMap<>();

	/** The messages it took, oldest first: what its message list answers with. */
	private final List<Map<String, Object>> taken = new CopyOnWriteArrayList<>();

	private volatile boolean listingFails;

	/** Twilio's clock, for the dates on its messages: the test's own clock when it moves time. */
	private volatile Supplier<Instant> now = Instant::now;

	/** Counted down on close, so a delayed answer stops waiting and the test run does not. */
	private final CountDownLatch closing = new CountDownLatch(1);
	private final ExecutorService threads = Executors.newCachedThreadPool();
	private HttpServer server;

	public TwilioStandIn(String accountSid, String authToken) {
		this.accountSid = accountSid;
		this.authToken = authToken;
	}

	public TwilioStandIn start() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", this::handle);
		// Several threads: a delayed request must not hold up the next one.
		server.setExecutor(threads);
		server.start();
		return this;
	}

	public String baseUrl() {
		return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
	}

	public List<Request> requests() {
		return List.copyOf(requests);
	}

	/** The next {@code n} requests get this HTTP status (500, 503, 429 …) with a Twilio-style error body. */
	public TwilioStandIn failNext(int n, int status) {
		return next(n, new Fail(status));
	}

	/** The next {@code n} requests are answered only after {@code delay} (or when the stand-in closes). */
	public TwilioStandIn delayNext(int n, Duration delay) {
		return next(n, new Delay(delay));
	}

	public TwilioStandIn failFor(String e164, int status) {
		byRecipient.put(e164, new Fail(status));
		return this;
	}

	public TwilioStandIn delayFor(String e164, Duration delay) {
		byRecipient.put(e164, new Delay(delay));
		return this;
	}

	/** This recipient texted STOP: Twilio answers 400 with error 21610. */
	public TwilioStandIn optedOut(String e164) {
		byRecipient.put(e164, new OptedOut());
		return this;
	}

	public TwilioStandIn clock(Supplier<Instant> clock) {
		now = clock;
		return this;
	}

	/** Its message list answers 500, as during an outage of the whole API. */
	public TwilioStandIn listingFails(boolean fails) {
		listingFails = fails;
		return this;
	}

	/** The message ids it handed out, oldest first. */
	public List<String> takenIds() {
		return taken.stream().map(message -> (String) message.get("sid")).toList();
	}

	public void reset() {
		requests.clear();
		upcoming.clear();
		byRecipient.clear();
		taken.clear();
		listingFails = false;
		now = Instant::now;
	}

	@Override
	public void close() {
		closing.countDown();
		if (server != null) {
			server.stop(0);
		}
		threads.shutdownNow();
	}

	private TwilioStandIn next(int n, Trouble trouble) {
		for (int i = 0; i < n; i++) {
			upcoming.add(trouble);
		}
		return this;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			if (!path.matches(MESSAGES)) {
				answer(exchange, 404, error(20404, "The requested resource " + path + " was not found", 404));
				return;
			}
			if ("GET".equals(exchange.getRequestMethod())) {
				list(exchange);
				return;
			}
			if (!"POST".equals(exchange.getRequestMethod())) {
				answer(exchange, 405, error(20004, "Method not allowed", 405));
				return;
			}
			String pathSid = path.replaceAll(MESSAGES, "$1");
			boolean authenticated = authenticated(exchange.getRequestHeaders().getFirst("Authorization"))
					&& accountSid.equals(pathSid);
			Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			String to = form.get("To");
			requests.add(new Request(pathSid, to, form.get("From"), form.get("MessagingServiceSid"), form.get("Body"),
					form.get("StatusCallback"), authenticated, Instant.now()));
			if (!authenticated) {
				answer(exchange, 401, error(20003, "Authenticate", 401));
				return;
			}
			Trouble trouble = upcoming.poll();
			if (trouble == null && to != null) {
				trouble = byRecipient.get(to);
			}
			if (trouble instanceof Delay delay) {
				// Like a slow Twilio: the message is taken (and goes out) though the client gives up on the answer.
				Map<String, Object> message = accepted(form);
				closing.await(delay.duration().toMillis(), TimeUnit.MILLISECONDS);
				answer(exchange, 201, message);
				return;
			}
			else if (trouble instanceof Fail fail) {
				answer(exchange, fail.status(), error(fail.status() == 429 ? 20429 : 20500,
						fail.status() == 429 ? "Too Many Requests" : "Internal Server Error", fail.status()));
				return;
			}
			else if (trouble instanceof OptedOut) {
				answer(exchange, 400, error(21610, "Attempt to send to unsubscribed recipient", 400));
				return;
			}
			if (to == null || to.isBlank()) {
				answer(exchange, 400, error(21604, "A 'To' phone number is required.", 400));
			}
			else if (form.get("Body") == null || form.get("Body").isBlank()) {
				answer(exchange, 400, error(21602, "Message body is required.", 400));
			}
			else if (form.get("From") == null && form.get("MessagingServiceSid") == null) {
				answer(exchange, 400, error(21603, "A 'From' or 'MessagingServiceSid' parameter is required.", 400));
			}
			else {
				answer(exchange, 201, accepted(form));
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (IOException e) {
			// The client gave up (time-out) or the stand-in closed; nobody is listening for this answer.
		}
	}

	private Map<String, Object> accepted(Map<String, String> form) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("sid", "SM" + UUID.randomUUID().toString().replace("-", ""));
		message.put("account_sid", accountSid);
		message.put("to", form.get("To"));
		message.put("from", form.get("From"));
		message.put("messaging_service_sid", form.get("MessagingServiceSid"));
		message.put("body", form.get("Body"));
		message.put("status", "queued");
		message.put("num_segments", "1");
		message.put("error_code", null);
		message.put("date_created", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.get().atZone(ZoneOffset.UTC)));
		taken.add(message);
		return message;
	}

	/** Twilio's message list: {@code To} and {@code PageSize} honoured, newest first. */
	private void list(HttpExchange exchange) throws IOException {
		if (listingFails) {
			answer(exchange, 500, error(20500, "Internal Server Error", 500));
			return;
		}
		Map<String, String> query = form(exchange.getRequestURI().getRawQuery() == null ? ""
				: exchange.getRequestURI().getRawQuery());
		int size = Integer.parseInt(query.getOrDefault("PageSize", "50"));
		List<Map<String, Object>> newestFirst = new ArrayList<>(taken);
		Collections.reverse(newestFirst);
		List<Map<String, Object>> page = newestFirst.stream()
			.filter(message -> query.get("To") == null || query.get("To").equals(message.get("to")))
			.limit(size)
			.toList();
		answer(exchange, 200, Map.of("messages", page));
	}

	private static Map<String, Object> error(int code, String message, int status) {
		return Map.of("code", code, "message", message, "more_info", "https://www.twilio.com/docs/errors/" + code,
				"status", status);
	}

	private boolean authenticated(String header) {
		if (header == null || !header.startsWith("Basic ")) {
			return false;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			return decoded.equals(accountSid + ":" + authToken);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new HashMap<>();
		for (String pair : body.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			form.putIfAbsent(name, value);
		}
		return form;
	}

	private void answer(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
		byte[] bytes = json.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}
}
