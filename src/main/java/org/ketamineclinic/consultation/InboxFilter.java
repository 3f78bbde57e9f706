package org.ketamineclinic.consultation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the inbox shows. Every part is a code or a date, never what a person typed about themselves, so the filter
 * may travel in the page's address; a search for a name or number does not (see {@code search}).
 *
 * @param status   "open" (default), "all", or one status's name
 * @param location a location slug, or blank for all
 * @param program  a program code, or blank for all
 * @param assignee "me", "unassigned", an account id, or blank for anyone
 * @param review   true for the spam quarantine (requests held for review)
 * @param from     received on or after this day (clinic time), or null
 * @param to       received on or before this day, or null
 * @param sort     "newest" (default) or "oldest"
 * @param page     1-based page number
 */
public record InboxFilter(String status, String location, String program, String assignee, boolean review,
		LocalDate from, LocalDate to, String sort, int page) {

	public static final int PAGE_SIZE = 25;

	public InboxFilter {
		status = blank(status) ? "open" : status;
		location = blank(location) ? "" : location;
		program = blank(program) ? "" : program;
		assignee = blank(assignee) ? "" : assignee;
		sort = "oldest".equals(sort) ? "oldest" : "newest";
		page = Math.max(1, page);
	}

	public static InboxFilter defaults() {
		return new InboxFilter(null, null, null, null, false, null, null, null, 1);
	}

	public InboxFilter onPage(int newPage) {
		return new InboxFilter(status, location, program, assignee, review, from, to, sort, newPage);
	}

	/** The filter as query parameters, for links (pagination, polling). */
	public String query() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("status", status);
		parameters.put("location", location);
		parameters.put("program", program);
		parameters.put("assignee", assignee);
		parameters.put("review", review ? "true" : "");
		parameters.put("from", from == null ? "" : from.toString());
		parameters.put("to", to == null ? "" : to.toString());
		parameters.put("sort", sort);
		parameters.put("page", Integer.toString(page));
		var query = new StringBuilder();
		parameters.forEach((key, value) -> {
			if (!value.isEmpty()) {
				query.append(query.isEmpty() ? "" : "&").append(key).append('=')
					.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
			}
		});
		return query.toString();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
