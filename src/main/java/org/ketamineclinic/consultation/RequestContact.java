package org.ketamineclinic.consultation;

/**
 * Who a consultation request is from, for booking and confirming their appointments. Reading it is not audited
 * here: a screen that shows it records the view itself.
 *
 * @param id                 request id
 * @param referenceCode      the code the person was given
 * @param firstName          first name
 * @param lastName           last name
 * @param phone              E.164 number
 * @param email              e-mail address
 * @param smsConsent         whether they agreed to texts on the form (the ledger decides at sending time)
 * @param preferredLocation  the clinic they chose ("virtual" for telehealth)
 * @param status             where the request stands
 */
public record RequestContact(long id, String referenceCode, String firstName, String lastName, String phone,
		String email, boolean smsConsent, String preferredLocation, RequestStatus status) {

	public String fullName() {
		return firstName + " " + lastName;
	}

	/** "J. D.": what a calendar shows where a name would be too much. */
	public String initials() {
		return initial(firstName) + " " + initial(lastName);
	}

	private static String initial(String name) {
		return name == null || name.isBlank() ? "?" : name.strip().substring(0, 1).toUpperCase() + ".";
	}

	@Override
	public String toString() {
		return "RequestContact[id=" + id + "]";
	}
}
