package org.ketamineclinic.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffMember;
import org.ketamineclinic.staff.StaffPrincipal;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The intake team's API: the inbox, a request's details, and the work on it (status, contact attempts, assignment,
 * notes, spam review). Every read of a person's details and every change is in the audit trail, written in the same
 * transaction; every change names the version the coordinator saw, so two people cannot overwrite each other.
 */
@Service
public class IntakeManagement {

	/** Audit subject type of a consultation request. */
	public static final String SUBJECT = "consultation-request";

	private final IntakeInbox inbox;

	private final IntakeCases cases;

	private final IntakeDetails details;

	private final StaffManagement staff;

	private final Auditor auditor;

	private final ConsultationProperties properties;

	private final IntakeClock clock;

	private final ConsultationMeters meters;

	IntakeManagement(IntakeInbox inbox, IntakeCases cases, IntakeDetails details, StaffManagement staff,
			Auditor auditor, ConsultationProperties properties, IntakeClock clock, ConsultationMeters meters) {
		this.meters = meters;
		this.inbox = inbox;
		this.cases = cases;
		this.details = details;
		this.staff = staff;
		this.auditor = auditor;
		this.properties = properties;
		this.clock = clock;
	}

	/** A page of the inbox; each request shown is recorded as viewed (its summary: name and phone). */
	@Transactional
	public InboxPage inbox(InboxFilter filter, String search) {
		return page(inbox.find(filter, search, me()), filter);
	}

	/** The page again if it changed since {@code marker}; empty when it did not (nothing was shown, nothing audited). */
	@Transactional
	public Optional<InboxPage> inboxIfChanged(InboxFilter filter, String search, String marker) {
		var found = inbox.find(filter, search, me());
		if (IntakeInbox.marker(found).equals(marker)) {
			return Optional.empty();
		}
		return Optional.of(page(found, filter));
	}

	/** Everything about one request; recorded as one view of the person's intake details. */
	@Transactional
	public RequestDetail detail(long id) {
		RequestDetail detail = details.load(id).orElseThrow(() -> new NoSuchRequest(id));
		auditor.record(AuditAction.VIEW, SUBJECT, Long.toString(id), "intake");
		return detail;
	}

	public List<StaffMember> coordinators() {
		return staff.activeWith(StaffRole.INTAKE);
	}

	@Transactional
	public void changeStatus(long id, int seenVersion, RequestStatus target, String reason) {
		change(id, seenVersion, intake -> List.of(intake.moveTo(target, reason, me(), clock.now(),
				properties.attemptsBeforeNoResponse())));
	}

	@Transactional
	public void recordContact(long id, int seenVersion, ContactChannel channel, ContactOutcome outcome, String note) {
		change(id, seenVersion, intake -> {
			boolean first = intake.firstContactedAt() == null;
			List<IntakeActivity> activities = intake.recordContact(channel, outcome, note, me(), clock.now());
			if (first) {
				measureFirstContact(id, intake.firstContactedAt());
			}
			return activities;
		});
	}

	/**
	 * The wait until the first contact, counted once the change is committed: the version check lets only one of two
	 * coordinators (on any instance) record the first attempt, and the loser's rolled-back attempt must not count.
	 */
	private void measureFirstContact(long id, Instant contactedAt) {
		IntakeCases.Arrival arrival = cases.arrival(id);
		Duration wait = Duration.between(arrival.receivedAt(), contactedAt);
		boolean inHours = clock.clinicFor(arrival.location()).isOpenAt(arrival.receivedAt());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				meters.firstContact(wait, inHours);
			}
		});
	}

	/** Assigns to a care coordinator, or unassigns with null. */
	@Transactional
	public void assign(long id, int seenVersion, Long coordinator) {
		if (coordinator != null && coordinators().stream().noneMatch(c -> c.id() == coordinator)) {
			throw new IntakeRefusal("Requests can be assigned only to active care coordinators.");
		}
		change(id, seenVersion, intake -> List.of(intake.assign(coordinator, me(), clock.now())));
	}

	@Transactional
	public void claim(long id, int seenVersion) {
		assign(id, seenVersion, me());
	}

	@Transactional
	public void addNote(long id, int seenVersion, String note) {
		change(id, seenVersion, intake -> List.of(intake.note(note, me(), clock.now())));
	}

	/** Who several requests are from, by id (for calendars); not audited here. */
	public java.util.Map<Long, RequestContact> contacts(java.util.Collection<Long> ids) {
		return details.contacts(ids);
	}

	/** The requests from this number that are not spam, duplicates or turned away, newest first. */
	public List<Long> openRequestsFrom(String phone) {
		return details.openRequestsFrom(phone);
	}

	/** The open requests the demonstration data made, oldest first; none on a platform that never had them. */
	public List<DemonstrationRequest> demonstrationRequests() {
		return details.demonstrationRequests();
	}

	/** Who a request is from, for booking and confirming; not audited here (the screen showing it records that). */
	public Optional<RequestContact> contact(long id) {
		return details.contact(id);
	}

	/**
	 * Scheduling booked the free consultation, in its own transaction: the request becomes CONSULT_SCHEDULED with a
	 * timeline entry. {@code by} is null when the person booked it themselves.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void consultationBooked(long id, String when, Long by) {
		system(id, intake -> intake.consultationBooked(when, by, clock.now()));
	}

	/** Scheduling booked an infusion series: the person is enrolled. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void enrolled(long id, String program, Long by) {
		system(id, intake -> intake.enrolled(program, by, clock.now()));
	}

	private void system(long id, Function<IntakeCase, List<IntakeActivity>> work) {
		IntakeCase intake = cases.find(id).orElseThrow(() -> new NoSuchRequest(id));
		List<IntakeActivity> activities = work.apply(intake);
		cases.save(intake, intake.version(), activities);
		auditor.record(AuditAction.UPDATE, SUBJECT, Long.toString(id), "intake-workflow");
	}

	/** Spam quarantine: a real person after all; the request joins the inbox. */
	@Transactional
	public void releaseFromReview(long id, int seenVersion) {
		change(id, seenVersion, intake -> List.of(intake.releaseFromReview(me(), clock.now())));
	}

	private void change(long id, int seenVersion, Function<IntakeCase, List<IntakeActivity>> work) {
		IntakeCase intake = cases.find(id).orElseThrow(() -> new NoSuchRequest(id));
		if (intake.version() != seenVersion) {
			throw new ConcurrentChange();
		}
		List<IntakeActivity> activities = work.apply(intake);
		cases.save(intake, seenVersion, activities);
		auditor.record(AuditAction.UPDATE, SUBJECT, Long.toString(id), "intake-workflow");
	}

	private InboxPage page(IntakeInbox.Found found, InboxFilter filter) {
		var names = staff.names();
		var rows = found.rows().stream().map(row -> inbox.view(row, names)).toList();
		for (InboxRow row : rows) {
			auditor.record(AuditAction.VIEW, SUBJECT, Long.toString(row.id()), "contact-summary");
		}
		return new InboxPage(rows, found.total(), filter, IntakeInbox.marker(found));
	}

	static long me() {
		return StaffPrincipal.current().map(StaffPrincipal::id)
			.orElseThrow(() -> new IllegalStateException("Intake work needs a signed-in staff member"));
	}

	/** No request with this id: the screens answer 404. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class NoSuchRequest extends RuntimeException {

		NoSuchRequest(long id) {
			super("No consultation request " + id);
		}
	}
}
