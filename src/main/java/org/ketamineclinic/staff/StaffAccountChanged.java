package org.ketamineclinic.staff;

/**
 * Something changed about a staff account; the audit trail records it in the same transaction.
 *
 * @param account the account changed
 * @param change  what changed
 */
public record StaffAccountChanged(long account, Change change) {

	public enum Change {
		INVITED, ENROLLED, ROLES_CHANGED, DISABLED, ENABLED, MFA_RESET, SIGN_IN_RESET, PASSWORD_CHANGED,
		SIGNED_OUT_EVERYWHERE, RECOVERY_CODES_RENEWED
	}
}
