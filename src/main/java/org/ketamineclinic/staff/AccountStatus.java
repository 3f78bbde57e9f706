package org.ketamineclinic.staff;

/** Where a staff account is in its life. */
public enum AccountStatus {

	/** Invited (or reset): waits for its holder to choose a password and enrol an authenticator. */
	INVITED,
	/** Can sign in. */
	ACTIVE,
	/** Can no longer sign in; its history stays. */
	DISABLED
}
