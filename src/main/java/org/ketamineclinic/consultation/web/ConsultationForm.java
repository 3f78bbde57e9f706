package org.ketamineclinic.consultation.web;

/**
 * The consultation form as the browser sends it: every value kept as typed, so that the form can come back with
 * the person's input when something needs correcting.
 *
 * @param firstName     first name
 * @param lastName      last name
 * @param phone         mobile phone
 * @param email         e-mail
 * @param location      preferred location
 * @param program       program of interest
 * @param contactMethod preferred contact method
 * @param bestTime      best time to reach them
 * @param message       optional message
 * @param smsConsent    "yes" when the SMS consent box is ticked
 * @param website       honeypot: hidden from people, left empty by them
 * @param formToken     signed render time
 * @param submissionKey one-time key of the rendered form
 */
public record ConsultationForm(String firstName, String lastName, String phone, String email, String location,
		String program, String contactMethod, String bestTime, String message, String smsConsent, String website,
		String formToken, String submissionKey) {

	static ConsultationForm empty(String formToken, String submissionKey) {
		return new ConsultationForm("", "", "", "", "", "", "", "", "", null, "", formToken, submissionKey);
	}

	public boolean smsConsentGiven() {
		return "yes".equals(smsConsent);
	}

	/** A value for an input: never null in a template. */
	public static String v(String value) {
		return value == null ? "" : value;
	}

	@Override
	public String toString() {
		return "ConsultationForm[***]";
	}
}
