package org.ketamineclinic.messaging;

/** Where an outgoing message stands. */
public enum MessageStatus {

	/** Waiting for the dispatcher. */
	QUEUED("Queued"),
	/** Quiet hours: goes out when they end. */
	WAITING("Waiting for the morning"),
	/** A transient failure: tried again later. */
	RETRY("Will try again"),
	/** Handed to the provider right now; if it stays so, a crash interrupted it (see Outbox). */
	SENDING("Sending"),
	/** The provider accepted it. */
	SENT("Sent"),
	/** The provider reports it reached the phone. */
	DELIVERED("Delivered"),
	/** The provider could not deliver it. */
	UNDELIVERED("Not delivered"),
	/** Given up after the attempts allowed, or refused for good. */
	FAILED("Failed"),
	/** Not sent because a rule forbids it (no consent, cap reached): staff should call instead. */
	BLOCKED("Not sent"),
	/** Interrupted between handing it over and recording the answer: staff check before sending again. */
	UNCERTAIN("Check: may have been sent"),
	/** Withdrawn before it went out (its appointment was moved or cancelled). */
	CANCELLED("Cancelled"),
	/** Could not go out before it stopped making sense (a reminder once the appointment has begun). */
	EXPIRED("Not sent in time");

	private final String label;

	MessageStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
