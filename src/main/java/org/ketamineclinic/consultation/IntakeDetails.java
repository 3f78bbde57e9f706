package org.ketamineclinic.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.AuditEntry;
import org.ketamineclinic.audit.AuditTrail;
import org.ketamineclinic.messaging.Messaging;
import org.ketamineclinic.shared.PhoneNumber;
import org.ketamineclinic.staff.StaffManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads one request with its consent evidence, possible duplicates and timeline, for the detail screen. */
@Component
class IntakeDetails {

	private final JdbcClient jdbc;

	private final IntakeCases cases;

	private final IntakeClock clock;

	private final StaffManagement staff;

	private final AuditTrail audit;

	private final Messaging messaging;

	IntakeDetails(JdbcClient jdbc, IntakeCases cases, IntakeClock clock, StaffManagement staff, AuditTrail audit,
			Messaging messaging) {
		this.messaging = messaging;
		this.jdbc = jdbc;
		this.cases = cases;
		this.clock = clock;
		this.staff = staff;
		this.audit = audit;
	}

	List<Long> openRequestsFrom(String phone) {
		return jdbc.sql("""
				select id from consultation_request
				where phone_e164 = ? and status not in ('SPAM', 'DUPLICATE', 'NOT_A_CANDIDATE') order by received_at desc""")
			.param(phone)
			.query(Long.class)
			.list();
	}

	List<DemonstrationRequest> demonstrationRequests() {
		return jdbc.sql("""
				select id, preferred_location, program_interest from consultation_request
				where email like ? and status in ('NEW', 'CONTACTED', 'CONSULT_SCHEDULED', 'NO_RESPONSE')
				order by received_at, id""")
			.param("%@" + DemoRequests.DOMAIN)
			.query((rs, n) -> new DemonstrationRequest(rs.getLong("id"), rs.getString("preferred_location"),
					Choice.byCode(ProgramInterest.class, rs.getString("program_interest"))))
			.list();
	}

	private static final String CONTACT = """
			select id, reference_code, first_name, last_name, phone_e164, email, sms_consent, preferred_location, status
			from consultation_request """;

	Optional<RequestContact> contact(long id) {
		return jdbc.sql(CONTACT + " where id = ?").param(id).query(IntakeDetails::contact).optional();
	}

	java.util.Map<Long, RequestContact> contacts(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(CONTACT + " where id = any(string_to_array(?, ',')::bigint[])")
			.param(String.join(",", ids.stream().map(String::valueOf).toList()))
			.query(IntakeDetails::contact)
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(RequestContact::id, c -> c));
	}

	private static RequestContact contact(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new RequestContact(rs.getLong("id"), rs.getString("reference_code"), rs.getString("first_name"),
				rs.getString("last_name"), rs.getString("phone_e164"), rs.getString("email"),
				rs.getBoolean("sms_consent"), rs.getString("preferred_location"),
				RequestStatus.valueOf(rs.getString("status")));
	}

	Optional<RequestDetail> load(long id) {
		return jdbc.sql("select * from consultation_request where id = ?").param(id)
			.query((rs, n) -> new Row(id, rs.getInt("version"), rs.getString("reference_code"),
					rs.getString("first_name") + " " + rs.getString("last_name"), rs.getString("phone_e164"),
					rs.getString("email"), rs.getString("preferred_location"), rs.getString("program_interest"),
					rs.getString("contact_method"), rs.getString("best_time"), rs.getString("message"),
					RequestStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
					rs.getObject("assignee", Long.class), rs.getInt("contact_attempts"),
					rs.getTimestamp("received_at").toInstant(),
					rs.getTimestamp("first_contacted_at") == null ? null
							: rs.getTimestamp("first_contacted_at").toInstant(),
					rs.getBoolean("needs_review"), rs.getString("review_reasons")))
			.optional()
			.map(this::detail);
	}

	private RequestDetail detail(Row r) {
		Map<Long, String> names = staff.names();
		PhoneNumber phone = new PhoneNumber(r.phone());
		var program = Choice.byCode(ProgramInterest.class, r.program());
		var method = Choice.byCode(ContactMethod.class, r.contactMethod());
		var bestTime = Choice.byCode(BestTime.class, r.bestTime());
		return new RequestDetail(r.id(), r.version(), r.reference(), r.name(), phone.national(), phone.telUri(),
				r.email(), clock.locationName(r.location()), program == null ? r.program() : program.label(),
				method == null ? r.contactMethod() : method.label(),
				bestTime == null ? r.bestTime() : bestTime.label(), r.message(), r.status(), r.statusReason(),
				r.status().next(), r.assignee(),
				r.assignee() == null ? null : names.getOrDefault(r.assignee(), "Former colleague"),
				r.contactAttempts(), clock.format(r.received(), r.location()),
				clock.response(r.received(), r.firstContact(), r.location()), r.needsReview(),
				reviewReasons(r.reviewReasons()), consent(r.id(), r.location()),
				duplicates(r.id(), r.phone(), r.email(), r.location()), timeline(r, names),
				messages(r.id(), r.location()), messaging.mayText(r.phone()));
	}

	private List<RequestDetail.Message> messages(long id, String location) {
		return messaging.thread(IntakeManagement.SUBJECT + ":" + id)
			.stream()
			.map(m -> new RequestDetail.Message(m.incoming(), clock.format(m.at(), location), m.body(),
					m.status() == null ? null : m.status().label(), m.problem()))
			.toList();
	}

	private RequestDetail.Consent consent(long id, String location) {
		return jdbc.sql("select * from sms_consent_evidence where consultation_request = ?").param(id)
			.query((rs, n) -> new RequestDetail.Consent(clock.format(rs.getTimestamp("given_at").toInstant(), location),
					new PhoneNumber(rs.getString("phone_e164")).national(), rs.getString("disclosure_text"),
					rs.getString("disclosure_version"), rs.getString("ip_address"), rs.getString("user_agent")))
			.optional()
			.orElse(null);
	}

	private List<RequestDetail.Duplicate> duplicates(long id, String phone, String email, String location) {
		return jdbc.sql("""
				select id, reference_code, status, received_at, phone_e164 = :phone as same_phone,
				       lower(email) = lower(:email) as same_email
				from consultation_request
				where id <> :id and (phone_e164 = :phone or lower(email) = lower(:email))
				order by received_at desc limit 20""")
			.param("id", id).param("phone", phone).param("email", email)
			.query((rs, n) -> new RequestDetail.Duplicate(rs.getLong("id"), rs.getString("reference_code"),
					RequestStatus.valueOf(rs.getString("status")),
					clock.format(rs.getTimestamp("received_at").toInstant(), location),
					rs.getBoolean("same_phone") && rs.getBoolean("same_email") ? "phone and e-mail"
							: rs.getBoolean("same_phone") ? "phone" : "e-mail"))
			.list();
	}

	private List<RequestDetail.TimelineEntry> timeline(Row row, Map<Long, String> names) {
		record Dated(Instant at, RequestDetail.TimelineEntry entry) {
		}
		String location = row.location();
		List<Dated> entries = new ArrayList<>();
		entries.add(new Dated(row.received(), new RequestDetail.TimelineEntry(clock.format(row.received(), location),
				"System", "Request received through the website"
						+ (row.needsReview() ? ", held for spam review" : ""), null)));
		for (IntakeActivity a : cases.activities(row.id())) {
			entries.add(new Dated(a.occurredAt(), new RequestDetail.TimelineEntry(clock.format(a.occurredAt(), location),
					who(a.actor(), names), describe(a, names), a.kind() == IntakeActivity.Kind.ASSIGNED ? null : a.note())));
		}
		for (AuditEntry view : audit.historyOf(IntakeManagement.SUBJECT, Long.toString(row.id()))) {
			if (view.action() == AuditAction.VIEW && "intake".equals(view.dataCategory())) {
				entries.add(new Dated(view.occurredAt(), new RequestDetail.TimelineEntry(
						clock.format(view.occurredAt(), location), actorName(view.actor(), names), "Viewed", null)));
			}
		}
		return entries.stream().sorted(Comparator.comparing(Dated::at)).map(Dated::entry).toList();
	}

	private static String describe(IntakeActivity a, Map<Long, String> names) {
		return switch (a.kind()) {
			case STATUS_CHANGED -> "Status changed from " + a.fromStatus().label().toLowerCase() + " to "
					+ a.toStatus().label().toLowerCase();
			case CONTACT_ATTEMPT -> a.channel().label() + ": " + a.outcome().label().toLowerCase();
			case NOTE -> "Note";
			case ASSIGNED -> "Assigned to " + names.getOrDefault(Long.valueOf(a.note()), "a former colleague");
			case UNASSIGNED -> "Unassigned";
			case RELEASED_FROM_REVIEW -> "Released from spam review into the inbox";
		};
	}

	private static String who(Long actor, Map<Long, String> names) {
		return actor == null ? "System" : names.getOrDefault(actor, "Former colleague");
	}

	private static String actorName(String actor, Map<Long, String> names) {
		return actor.matches("\\d{1,18}") ? who(Long.valueOf(actor), names) : actor;
	}

	private static String reviewReasons(String codes) {
		if (codes == null || codes.isBlank()) {
			return "";
		}
		return String.join(", ", java.util.Arrays.stream(codes.split(","))
			.map(code -> switch (code.strip()) {
				case "HONEYPOT" -> "a hidden field was filled in";
				case "TOO_FAST" -> "sent faster than a person types";
				case "NO_VALID_FORM_TOKEN" -> "the form's token was missing, forged or too old";
				case "ADDRESS_LIMIT" -> "many requests from one address within the hour";
				case "PHONE_LIMIT" -> "many requests for one phone number within the day";
				default -> code.strip().toLowerCase().replace('_', ' ');
			})
			.toList());
	}

	/** One request's row as stored. */
	private record Row(long id, int version, String reference, String name, String phone, String email,
			String location, String program, String contactMethod, String bestTime, String message,
			RequestStatus status, String statusReason, Long assignee, int contactAttempts, Instant received,
			Instant firstContact, boolean needsReview, String reviewReasons) {
	}
}
