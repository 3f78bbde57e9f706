package org.ketamineclinic.audit;

import java.time.LocalDate;

/**
 * What to look for in the audit trail; blank parts match everything. Ids and codes only, so a query may sit in an
 * address.
 *
 * @param actor       staff account id
 * @param subjectType kind of record
 * @param subjectId   its id
 * @param action      an {@link AuditAction} name
 * @param from        on or after this day (UTC)
 * @param to          on or before this day (UTC)
 * @param page        1-based page
 */
public record AuditQuery(String actor, String subjectType, String subjectId, String action, LocalDate from,
		LocalDate to, int page) {

	public static final int PAGE_SIZE = 50;

	public AuditQuery {
		actor = clean(actor);
		subjectType = clean(subjectType);
		subjectId = clean(subjectId);
		action = clean(action);
		page = Math.max(1, page);
	}

	public AuditQuery onPage(int newPage) {
		return new AuditQuery(actor, subjectType, subjectId, action, from, to, newPage);
	}

	/** As query parameters, for pagination links. */
	public String query() {
		var query = new StringBuilder();
		append(query, "actor", actor);
		append(query, "subjectType", subjectType);
		append(query, "subjectId", subjectId);
		append(query, "action", action);
		append(query, "from", from == null ? "" : from.toString());
		append(query, "to", to == null ? "" : to.toString());
		append(query, "page", Integer.toString(page));
		return query.toString();
	}

	private static void append(StringBuilder query, String key, String value) {
		if (!value.isEmpty()) {
			query.append(query.isEmpty() ? "" : "&").append(key).append('=')
				.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	private static String clean(String value) {
		return value == null ? "" : value.strip();
	}
}
