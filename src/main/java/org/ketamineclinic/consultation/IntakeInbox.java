package org.ketamineclinic.consultation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.ketamineclinic.shared.PhoneNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The inbox's query: filters, search, sorting and pages, newest first unless asked otherwise. */
@Component
class IntakeInbox {

	private final JdbcClient jdbc;

	private final IntakeClock clock;

	IntakeInbox(JdbcClient jdbc, IntakeClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Found(List<Row> rows, int total) {
	}

	record Row(long id, String reference, String firstName, String lastName, String phone, String location,
			String program, RequestStatus status, Long assignee, Instant receivedAt, Instant firstContactedAt,
			boolean needsReview, int version) {
	}

	Found find(InboxFilter filter, String search, Long me) {
		var where = new StringBuilder("where needs_review = :review");
		Map<String, Object> params = new HashMap<>();
		params.put("review", filter.review());
		switch (filter.status()) {
			case "open" -> where.append(" and status in ('NEW', 'CONTACTED', 'CONSULT_SCHEDULED', 'NO_RESPONSE')");
			case "all" -> {
			}
			default -> {
				where.append(" and status = :status");
				params.put("status", validStatus(filter.status()));
			}
		}
		if (!filter.location().isEmpty()) {
			where.append(" and preferred_location = :location");
			params.put("location", filter.location());
		}
		if (!filter.program().isEmpty()) {
			where.append(" and program_interest = :program");
			params.put("program", filter.program());
		}
		if ("me".equals(filter.assignee())) {
			where.append(" and assignee = :assignee");
			params.put("assignee", me);
		}
		else if ("unassigned".equals(filter.assignee())) {
			where.append(" and assignee is null");
		}
		else if (filter.assignee().matches("\\d{1,18}")) {
			where.append(" and assignee = :assignee");
			params.put("assignee", Long.parseLong(filter.assignee()));
		}
		if (filter.from() != null) {
			where.append(" and received_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(clock.zone("")).toInstant()));
		}
		if (filter.to() != null) {
			where.append(" and received_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(clock.zone("")).toInstant()));
		}
		if (search != null && !search.isBlank()) {
			appendSearch(search.strip(), where, params);
		}
		int total = jdbc.sql("select count(*) from consultation_request " + where).params(params)
			.query(Integer.class).single();
		String order = "oldest".equals(filter.sort()) ? "received_at asc, id asc" : "received_at desc, id desc";
		params.put("limit", InboxFilter.PAGE_SIZE);
		params.put("offset", (filter.page() - 1) * InboxFilter.PAGE_SIZE);
		List<Row> rows = jdbc.sql("""
				select id, reference_code, first_name, last_name, phone_e164, preferred_location, program_interest,
				       status, assignee, received_at, first_contacted_at, needs_review, version
				from consultation_request
				""" + where + " order by " + order + " limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("reference_code"), rs.getString("first_name"),
					rs.getString("last_name"), rs.getString("phone_e164"), rs.getString("preferred_location"),
					rs.getString("program_interest"), RequestStatus.valueOf(rs.getString("status")),
					rs.getObject("assignee", Long.class), rs.getTimestamp("received_at").toInstant(),
					rs.getTimestamp("first_contacted_at") == null ? null
							: rs.getTimestamp("first_contacted_at").toInstant(),
					rs.getBoolean("needs_review"), rs.getInt("version")))
			.list();
		return new Found(rows, total);
	}

	/** A marker that changes whenever what the page shows would change: polling sends it to skip unchanged pages. */
	static String marker(Found found) {
		return Integer.toHexString(found.rows().stream()
			.map(r -> r.id() + ":" + r.version())
			.collect(Collectors.joining(",", found.total() + "|", ""))
			.hashCode());
	}

	InboxRow view(Row row, Map<Long, String> names) {
		var program = Choice.byCode(ProgramInterest.class, row.program());
		return new InboxRow(row.id(), row.reference(), row.firstName() + " " + row.lastName(),
				new PhoneNumber(row.phone()).national(), clock.locationName(row.location()),
				program == null ? row.program() : program.label(), row.status(),
				row.assignee() == null ? null : names.getOrDefault(row.assignee(), "Former colleague"),
				clock.format(row.receivedAt(), row.location()), clock.ago(row.receivedAt()),
				row.status() == RequestStatus.SPAM || row.status() == RequestStatus.DUPLICATE
						? new ResponseState("No response needed", "ok")
						: clock.response(row.receivedAt(), row.firstContactedAt(), row.location()),
				row.needsReview());
	}

	/** Name, e-mail, phone digits or reference code; wildcards typed by the person are taken literally. */
	private static void appendSearch(String search, StringBuilder where, Map<String, Object> params) {
		String like = "%" + search.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
			.replace("_", "\\_") + "%";
		List<String> matches = new ArrayList<>();
		matches.add("lower(first_name || ' ' || last_name) like :like");
		matches.add("lower(email) like :like");
		matches.add("upper(reference_code) = :reference");
		String digits = search.replaceAll("\\D", "");
		if (digits.length() >= 4) {
			matches.add("phone_e164 like :digits");
			params.put("digits", "%" + digits + "%");
		}
		where.append(" and (").append(String.join(" or ", matches)).append(")");
		params.put("like", like);
		params.put("reference", search.toUpperCase(Locale.ROOT));
	}

	private static String validStatus(String status) {
		try {
			return RequestStatus.valueOf(status).name();
		}
		catch (IllegalArgumentException ex) {
			return RequestStatus.NEW.name();
		}
	}
}
