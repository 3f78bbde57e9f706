package org.ketamineclinic.audit;

/** What someone did (HIPAA audit controls, 45 CFR 164.312(b)). */
public enum AuditAction {

	VIEW, CREATE, UPDATE, EXPORT, PRINT, MESSAGE, SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, MFA_ENROLLED, MFA_RESET,
	PERMISSION_CHANGE, ACCESS_DENIED, DELETE

}
