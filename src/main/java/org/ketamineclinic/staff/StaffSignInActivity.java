package org.ketamineclinic.staff;

/**
 * A step of signing in or out, for the audit trail (HIPAA 164.308(a)(5)(ii)(C), log-in monitoring).
 *
 * @param account the account concerned, or null when the e-mail address matched none
 * @param outcome what happened
 */
public record StaffSignInActivity(Long account, Outcome outcome) {

	public enum Outcome {
		PASSWORD_ACCEPTED, PASSWORD_REFUSED, THROTTLED, CODE_ACCEPTED, CODE_REFUSED, RECOVERY_CODE_USED, SIGNED_OUT,
		TIMED_OUT
	}
}
