package org.ketamineclinic.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's webhooks: inbound texts and delivery reports. Each request must carry a valid {@code X-Twilio-Signature}
 * for the public address Twilio called; anything else gets 403 and an audit row. Kept beside the module's internals
 * (not in web/) because it is the provider's interface, not a screen. CSRF does not apply: the signature is the
 * proof of origin.
 */
@RestController
class TwilioWebhookController {

	private static final Logger log = LoggerFactory.getLogger(TwilioWebhookController.class);

	private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

	private final TwilioProperties twilio;

	private final InboundTexts inbound;

	private final Messaging messaging;

	private final Auditor auditor;

	TwilioWebhookController(TwilioProperties twilio, InboundTexts inbound, Messaging messaging, Auditor auditor) {
		this.twilio = twilio;
		this.inbound = inbound;
		this.messaging = messaging;
		this.auditor = auditor;
	}

	@PostMapping("/webhooks/twilio/inbound")
	ResponseEntity<String> inbound(HttpServletRequest request) {
		if (!signed(request)) {
			return refused(request);
		}
		if (!sid(request) || !number(request.getParameter("From")) || !number(request.getParameter("To"))) {
			return malformed(request);
		}
		inbound.receive(request.getParameter("MessageSid"), request.getParameter("From"), request.getParameter("To"),
				request.getParameter("Body"));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(EMPTY_TWIML);
	}

	@PostMapping("/webhooks/twilio/status")
	ResponseEntity<String> status(HttpServletRequest request) {
		if (!signed(request)) {
			return refused(request);
		}
		if (!sid(request)) {
			return malformed(request);
		}
		String code = request.getParameter("ErrorCode");
		Integer errorCode = code == null || !code.matches("\\d{1,9}") ? null : Integer.valueOf(code);
		MessageStatus status = switch (String.valueOf(request.getParameter("MessageStatus"))) {
			case "delivered" -> MessageStatus.DELIVERED;
			case "undelivered" -> MessageStatus.UNDELIVERED;
			case "failed" -> MessageStatus.FAILED;
			default -> MessageStatus.SENT;
		};
		messaging.providerReport(request.getParameter("MessageSid"), status,
				errorCode == null ? null : "Provider error " + errorCode, errorCode);
		return ResponseEntity.noContent().build();
	}

	private boolean signed(HttpServletRequest request) {
		if (twilio.authToken() == null || twilio.authToken().isBlank() || twilio.publicBaseUrl() == null) {
			return false;
		}
		Map<String, List<String>> params = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> params.put(name, List.of(values)));
		String query = request.getQueryString();
		String url = twilio.publicBaseUrl().replaceAll("/+$", "") + request.getRequestURI()
				+ (query == null ? "" : "?" + query);
		// Parameters of the query string are part of the URL, not of the signed body.
		if (query != null) {
			for (String pair : query.split("&")) {
				try {
					params.remove(java.net.URLDecoder.decode(pair.split("=", 2)[0], java.nio.charset.StandardCharsets.UTF_8));
				}
				catch (IllegalArgumentException malformedEscape) {
					// "%zz": not a query Twilio would send, nor one it could have signed.
					return false;
				}
			}
		}
		return TwilioSignature.isValid(twilio.authToken(), url, params, request.getHeader("X-Twilio-Signature"));
	}

	/**
	 * Twilio's message ids are letters and digits ("SM" and 32 hex digits), and a text's numbers are E.164 or a short
	 * code. A signed call with anything else (a NUL, a WhatsApp address, a megabyte) is answered 400, before a
	 * database column refuses it with a 500.
	 */
	private static boolean sid(HttpServletRequest request) {
		String sid = request.getParameter("MessageSid");
		return sid != null && sid.matches("[A-Za-z0-9]{1,64}");
	}

	private static boolean number(String value) {
		return value != null && value.matches("\\+?[0-9]{3,15}");
	}

	private ResponseEntity<String> malformed(HttpServletRequest request) {
		log.warn("Signed call to {} with a malformed message id or number refused", request.getRequestURI());
		return ResponseEntity.badRequest().build();
	}

	private ResponseEntity<String> refused(HttpServletRequest request) {
		log.warn("Unsigned or wrongly signed call to {} refused", request.getRequestURI());
		auditor.record(AuditAction.ACCESS_DENIED, "webhook", request.getRequestURI(), "sms");
		return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
	}
}
