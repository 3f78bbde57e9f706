package org.ketamineclinic.staff;

/**
 * What a person sends from the one-time link's page.
 *
 * @param name          their name as colleagues should see it
 * @param email         their address (first administrator only)
 * @param password      the new password
 * @param passwordAgain the same, to catch a typo
 * @param code          the 6-digit code their authenticator app shows now
 */
public record EnrolmentForm(String name, String email, String password, String passwordAgain, String code) {

	@Override
	public String toString() {
		return "EnrolmentForm[hidden]";
	}
}
