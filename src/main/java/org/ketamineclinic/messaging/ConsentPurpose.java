package org.ketamineclinic.messaging;

/** What a person agreed to receive by text; each is consented to (and revoked) on its own. */
public enum ConsentPurpose {
	/** Replies, reminders, questionnaires. */
	CARE,
	/** Anything promotional: never sent without its own consent, and none is sent by default. */
	MARKETING
}
