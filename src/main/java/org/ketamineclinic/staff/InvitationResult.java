package org.ketamineclinic.staff;

/** How inviting a colleague went. */
public sealed interface InvitationResult {

	/** The account exists; {@code mailed} is false when the e-mail could not be sent (resend it later). */
	record Invited(long account, boolean mailed) implements InvitationResult {
	}

	/** Nothing was created: {@code field} needs fixing. */
	record Refused(String field, String message) implements InvitationResult {
	}
}
