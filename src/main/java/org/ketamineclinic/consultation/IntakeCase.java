package org.ketamineclinic.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The workflow side of a consultation request: its status, who works it, and the contact attempts so far. Holds
 * the intake rules; every change it accepts comes back as timeline entries, and a change it refuses throws
 * {@link IntakeRefusal} before anything is touched.
 */
class IntakeCase {

	private final long id;

	private RequestStatus status;

	private Long assignee;

	private String statusReason;

	private int contactAttempts;

	private Instant firstContactedAt;

	private Instant statusChangedAt;

	private boolean needsReview;

	private final int version;

	IntakeCase(long id, RequestStatus status, Long assignee, String statusReason, int contactAttempts,
			Instant firstContactedAt, Instant statusChangedAt, boolean needsReview, int version) {
		this.id = id;
		this.status = status;
		this.assignee = assignee;
		this.statusReason = statusReason;
		this.contactAttempts = contactAttempts;
		this.firstContactedAt = firstContactedAt;
		this.statusChangedAt = statusChangedAt;
		this.needsReview = needsReview;
		this.version = version;
	}

	/**
	 * Moves the request on. NOT_A_CANDIDATE needs a reason; NO_RESPONSE needs at least {@code attemptsBeforeNoResponse}
	 * unanswered attempts, so nobody is given up on after one missed call.
	 */
	IntakeActivity moveTo(RequestStatus target, String reason, long by, Instant at, int attemptsBeforeNoResponse) {
		if (!status.canMoveTo(target)) {
			throw new IntakeRefusal("A request that is " + status.label().toLowerCase() + " cannot become "
					+ target.label().toLowerCase() + ".");
		}
		String why = reason == null ? "" : reason.strip();
		if (target == RequestStatus.NOT_A_CANDIDATE && why.isEmpty()) {
			throw new IntakeRefusal("Say why the person is not a candidate (for example: under 18, or needs a "
					+ "different level of care).");
		}
		if (target == RequestStatus.NO_RESPONSE && contactAttempts < attemptsBeforeNoResponse) {
			throw new IntakeRefusal("Try to reach the person at least " + attemptsBeforeNoResponse
					+ " times before marking the request as no response (" + contactAttempts + " so far).");
		}
		RequestStatus from = status;
		status = target;
		statusReason = why.isEmpty() ? null : why;
		statusChangedAt = at;
		if (target == RequestStatus.SPAM) {
			needsReview = false;
		}
		return new IntakeActivity(IntakeActivity.Kind.STATUS_CHANGED, at, by, from, target, null, null,
				statusReason);
	}

	/** One attempt to reach the person; the first one stops the response clock, reaching them makes NEW CONTACTED. */
	List<IntakeActivity> recordContact(ContactChannel channel, ContactOutcome outcome, String note, long by,
			Instant at) {
		if (status.closed()) {
			throw new IntakeRefusal("This request is closed (" + status.label().toLowerCase()
					+ "): contact attempts are no longer recorded on it.");
		}
		List<IntakeActivity> activities = new ArrayList<>();
		contactAttempts++;
		if (firstContactedAt == null) {
			firstContactedAt = at;
		}
		activities.add(new IntakeActivity(IntakeActivity.Kind.CONTACT_ATTEMPT, at, by, null, null, channel, outcome,
				blankToNull(note)));
		if (outcome.reached() && (status == RequestStatus.NEW || status == RequestStatus.NO_RESPONSE)) {
			activities.add(moveTo(RequestStatus.CONTACTED, null, by, at, 0));
		}
		return activities;
	}

	/**
	 * A consultation was booked (by a coordinator, or by the person through their link): the request is scheduled.
	 * Booking with the person on the phone reaches them, so a new request may go straight to scheduled.
	 */
	List<IntakeActivity> consultationBooked(String when, Long by, Instant at) {
		if (status.closed()) {
			throw new IntakeRefusal("This request is closed (" + status.label().toLowerCase()
					+ "): book from an open request.");
		}
		List<IntakeActivity> activities = new ArrayList<>();
		RequestStatus from = status;
		if (status != RequestStatus.CONSULT_SCHEDULED) {
			status = RequestStatus.CONSULT_SCHEDULED;
			statusReason = null;
			statusChangedAt = at;
			activities.add(new IntakeActivity(IntakeActivity.Kind.STATUS_CHANGED, at, by, from, status, null, null,
					"Consultation booked: " + when));
		}
		else {
			activities.add(new IntakeActivity(IntakeActivity.Kind.NOTE, at, by, null, null, null, null,
					"Consultation booked: " + when));
		}
		return activities;
	}

	/** An infusion series was booked: the person is enrolled in a program. */
	List<IntakeActivity> enrolled(String program, Long by, Instant at) {
		List<IntakeActivity> activities = new ArrayList<>();
		// A booked series is enrolment, however far the request had been worked on the screen.
		if (!status.closed()) {
			RequestStatus from = status;
			status = RequestStatus.ENROLLED;
			statusReason = null;
			statusChangedAt = at;
			activities.add(new IntakeActivity(IntakeActivity.Kind.STATUS_CHANGED, at, by, from, status, null, null,
					"Series booked: " + program));
		}
		else {
			activities.add(new IntakeActivity(IntakeActivity.Kind.NOTE, at, by, null, null, null, null,
					"Series booked: " + program));
		}
		return activities;
	}

	IntakeActivity assign(Long to, long by, Instant at) {
		if (status.closed()) {
			throw new IntakeRefusal("This request is closed; it cannot be assigned.");
		}
		assignee = to;
		return new IntakeActivity(to == null ? IntakeActivity.Kind.UNASSIGNED : IntakeActivity.Kind.ASSIGNED, at, by,
				null, null, null, null, to == null ? null : to.toString());
	}

	IntakeActivity note(String text, long by, Instant at) {
		String note = blankToNull(text);
		if (note == null) {
			throw new IntakeRefusal("Write the note before saving it.");
		}
		if (note.length() > 2000) {
			throw new IntakeRefusal("Keep a note under 2,000 characters (this one has " + note.length() + ").");
		}
		return new IntakeActivity(IntakeActivity.Kind.NOTE, at, by, null, null, null, null, note);
	}

	/** A request held for spam review turns out to be a real person: it joins the inbox, with its clock running. */
	IntakeActivity releaseFromReview(long by, Instant at) {
		if (!needsReview) {
			throw new IntakeRefusal("This request is not held for review.");
		}
		needsReview = false;
		return new IntakeActivity(IntakeActivity.Kind.RELEASED_FROM_REVIEW, at, by, null, null, null, null, null);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	long id() {
		return id;
	}

	RequestStatus status() {
		return status;
	}

	Long assignee() {
		return assignee;
	}

	String statusReason() {
		return statusReason;
	}

	int contactAttempts() {
		return contactAttempts;
	}

	Instant firstContactedAt() {
		return firstContactedAt;
	}

	Instant statusChangedAt() {
		return statusChangedAt;
	}

	boolean needsReview() {
		return needsReview;
	}

	int version() {
		return version;
	}

	@Override
	public String toString() {
		return "IntakeCase[id=" + id + ", status=" + status + "]";
	}
}
