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

	Optional<RequestDetail> load(long id) {
		Map<Long, String> names = staff.names();
		return jdbc.sql("select * from consultation_request where id = ?").param(id).query((rs, n) -> {
			String location = rs.getString("preferred_location");
			PhoneNumber phone = new PhoneNumber(rs.getString("phone_e164"));
			Instant received = rs.getTimestamp("received_at").toInstant();
			Instant firstContact = rs.getTimestamp("first_contacted_at") == null ? null
					: rs.getTimestamp("first_contacted_at").toInstant();
			RequestStatus status = RequestStatus.valueOf(rs.getString("status"));
			Long assignee = rs.getObject("assignee", Long.class);
			var program = Choice.byCode(ProgramInterest.class, rs.getString("program_interest"));
			var method = Choice.byCode(ContactMethod.class, rs.getString("contact_method"));
			var bestTime = Choice.byCode(BestTime.class, rs.getString("best_time"));
			return new Loaded(new RequestDetail(id, rs.getInt("version"), rs.getString("reference_code"),
					rs.getString("first_name") + " " + rs.getString("last_name"), phone.national(), phone.telUri(),
					rs.getString("email"), clock.locationName(location),
					program == null ? rs.getString("program_interest") : program.label(),
					method == null ? rs.getString("contact_method") : method.label(),
					bestTime == null ? rs.getString("best_time") : bestTime.label(), rs.getString("message"), status,
					rs.getString("status_reason"), status.next(), assignee,
					assignee == null ? null : names.getOrDefault(assignee, "Former colleague"),
					rs.getInt("contact_attempts"), clock.format(received, location),
					clock.response(received, firstContact, location), rs.getBoolean("needs_review"),
					reviewReasons(rs.getString("review_reasons")), null, List.of(), List.of(), List.of(), false), location,
					received,
					rs.getString("phone_e164"), rs.getString("email"));
		}).optional().map(loaded -> complete(loaded, names));
	}

	private RequestDetail complete(Loaded loaded, Map<Long, String> names) {
		RequestDetail d = loaded.detail();
		return new RequestDetail(d.id(), d.version(), d.reference(), d.name(), d.phone(), d.phoneHref(), d.email(),
				d.location(), d.program(), d.contactMethod(), d.bestTime(), d.message(), d.status(), d.statusReason(),
				d.next(), d.assigneeId(), d.assignee(), d.contactAttempts(), d.received(), d.response(),
				d.needsReview(), d.reviewReasons(), consent(d.id(), loaded.location()),
				duplicates(d.id(), loaded.phone(), loaded.email(), loaded.location()), timeline(loaded, names),
				messages(d.id(), loaded.location()), messaging.mayText(loaded.phone()));
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

	private List<RequestDetail.TimelineEntry> timeline(Loaded loaded, Map<Long, String> names) {
		record Dated(Instant at, RequestDetail.TimelineEntry entry) {
		}
		String location = loaded.location();
		List<Dated> entries = new ArrayList<>();
		entries.add(new Dated(loaded.received(), new RequestDetail.TimelineEntry(clock.format(loaded.received(), location),
				"System", "Request received through the website"
						+ (loaded.detail().needsReview() ? ", held for spam review" : ""), null)));
		for (IntakeActivity a : cases.activities(loaded.detail().id())) {
			entries.add(new Dated(a.occurredAt(), new RequestDetail.TimelineEntry(clock.format(a.occurredAt(), location),
					who(a.actor(), names), describe(a, names), a.kind() == IntakeActivity.Kind.ASSIGNED ? null : a.note())));
		}
		for (AuditEntry view : audit.historyOf(IntakeManagement.SUBJECT, Long.toString(loaded.detail().id()))) {
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

	private record Loaded(RequestDetail detail, String location, Instant received, String phone, String email) {
	}
}
