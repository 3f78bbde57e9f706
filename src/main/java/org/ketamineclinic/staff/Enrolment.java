package org.ketamineclinic.staff;

import java.util.Map;

/**
 * What the page behind a one-time link shows: who is being set up, and the authenticator to enrol.
 *
 * @param purpose     first administrator, invitation, or enrolment again after an MFA reset
 * @param email       the account's address, or what the first administrator typed so far
 * @param emailFixed  true when the address is on file and cannot be changed here
 * @param displayName the name on file, or what was typed
 * @param secret      the authenticator secret, grouped for typing by hand
 * @param qrSvg       the same secret as a QR code (inline SVG)
 * @param needsPassword false after an MFA reset, where the password stays
 * @param errors      field name → what to fix, empty on first show
 */
public record Enrolment(String purpose, String email, boolean emailFixed, String displayName, String secret, String qrSvg,
		boolean needsPassword, Map<String, String> errors) {

	public boolean firstAdministrator() {
		return "SETUP".equals(purpose);
	}

	public String error(String field) {
		return errors.get(field);
	}
}
