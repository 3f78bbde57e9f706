package org.ketamineclinic.scheduling.web;

import org.ketamineclinic.scheduling.CalendarFeeds;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A staff member's calendar feed, fetched by their calendar app with the secret address (no sign-in). */
@RestController
class CalendarFeedController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;

	CalendarFeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return feeds.feed(token)
			.map(body -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore()).body(body))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}
}
