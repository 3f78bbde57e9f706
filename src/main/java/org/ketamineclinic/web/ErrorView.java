package org.ketamineclinic.web;

import org.springframework.http.HttpStatus;

/**
 * What an error page says.
 *
 * @param status  HTTP status code
 * @param title   heading
 * @param message explanation in plain words
 */
public record ErrorView(int status, String title, String message) {

	static ErrorView of(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> new ErrorView(404, "We can't find that page",
					"The page may have moved, or the address may have a typo.");
			case FORBIDDEN -> new ErrorView(403, "We couldn't accept that",
					"For your security, this request was refused. Please go back, reload the page and try again.");
			// HttpStatus.resolve(413) is CONTENT_TOO_LARGE; the deprecated PAYLOAD_TOO_LARGE alias never matches here.
			case CONTENT_TOO_LARGE -> new ErrorView(413, "That was more than we can accept",
					"Please shorten your message, or choose a smaller file, and try again.");
			case SERVICE_UNAVAILABLE -> new ErrorView(503, "We can't do that just now",
					"Part of our system is restarting. Please try again in a minute, or call us.");
			default -> status.is4xxClientError()
					? new ErrorView(status.value(), "We couldn't handle that request",
							"Please go back and try again.")
					: new ErrorView(status.value(), "Something went wrong on our side",
							"We're sorry. Please try again in a moment, or call us.");
		};
	}
}
