package org.ketamineclinic.consultation;

import java.util.EnumSet;
import java.util.Set;

/** Where a consultation request is in the intake pipeline, and where it may go next. */
public enum RequestStatus {

	NEW("New", false), CONTACTED("Contacted", false), CONSULT_SCHEDULED("Consultation scheduled", false),
	ENROLLED("Enrolled", true), NOT_A_CANDIDATE("Not a candidate", true), NO_RESPONSE("No response", false),
	DUPLICATE("Duplicate", true), SPAM("Spam", true);

	private final String label;

	private final boolean closed;

	RequestStatus(String label, boolean closed) {
		this.label = label;
		this.closed = closed;
	}

	public String label() {
		return label;
	}

	/** Closed requests leave the working inbox; their history stays. */
	public boolean closed() {
		return closed;
	}

	/** The statuses a coordinator may move a request to from this one. */
	public Set<RequestStatus> next() {
		return switch (this) {
			case NEW -> EnumSet.of(CONTACTED, NOT_A_CANDIDATE, NO_RESPONSE, DUPLICATE, SPAM);
			case CONTACTED -> EnumSet.of(CONSULT_SCHEDULED, NOT_A_CANDIDATE, NO_RESPONSE, DUPLICATE);
			case CONSULT_SCHEDULED -> EnumSet.of(ENROLLED, CONTACTED, NOT_A_CANDIDATE, NO_RESPONSE);
			// The person got back in touch after all.
			case NO_RESPONSE -> EnumSet.of(CONTACTED, NOT_A_CANDIDATE);
			case ENROLLED, NOT_A_CANDIDATE, DUPLICATE, SPAM -> EnumSet.noneOf(RequestStatus.class);
		};
	}

	public boolean canMoveTo(RequestStatus target) {
		return next().contains(target);
	}

	static Set<RequestStatus> open() {
		return EnumSet.of(NEW, CONTACTED, CONSULT_SCHEDULED, NO_RESPONSE);
	}
}
