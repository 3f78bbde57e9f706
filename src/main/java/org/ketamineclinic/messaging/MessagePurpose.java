package org.ketamineclinic.messaging;

/** Why a message is sent, which decides the rules it must pass when it is sent. */
public enum MessagePurpose {

	/** Replies and care messages to a person: need their consent, wait out quiet hours. */
	CARE(true, true, false),
	/** Appointment reminders: as CARE, and capped per day and week. */
	REMINDER(true, true, true),
	/** The one confirmation a STOP, START or HELP gets: always sent, at once (CTIA). */
	KEYWORD_REPLY(false, false, false),
	/** E-mail to staff about work waiting for them. */
	STAFF_NOTICE(false, false, false),
	/** Safety alerts to clinicians on call: never wait for the morning. */
	URGENT(false, false, false);

	private final boolean needsConsent;

	private final boolean waitsOutQuietHours;

	private final boolean capped;

	MessagePurpose(boolean needsConsent, boolean waitsOutQuietHours, boolean capped) {
		this.needsConsent = needsConsent;
		this.waitsOutQuietHours = waitsOutQuietHours;
		this.capped = capped;
	}

	public boolean needsConsent() {
		return needsConsent;
	}

	public boolean waitsOutQuietHours() {
		return waitsOutQuietHours;
	}

	public boolean capped() {
		return capped;
	}
}
