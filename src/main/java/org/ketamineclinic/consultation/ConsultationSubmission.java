package org.ketamineclinic.consultation;

/**
 * What arrived from the consultation form, exactly as typed, with the facts about how it arrived.
 *
 * @param firstName       first name
 * @param lastName        last name
 * @param phone           mobile phone as typed
 * @param email           e-mail as typed
 * @param location        preferred location's slug, or "virtual"
 * @param program         program code ({@link ProgramInterest})
 * @param contactMethod   contact method code ({@link ContactMethod})
 * @param bestTime        best time code ({@link BestTime})
 * @param message         optional message
 * @param smsConsent      whether the SMS consent box was ticked
 * @param honeypot        the field people never see; anything in it is a bot's doing
 * @param formToken       the signed token the form was rendered with
 * @param submissionKey   the form's one-time key, which makes a double submit one request
 * @param clientIp        the sender's IP address
 * @param userAgent       the sender's browser
 */
public record ConsultationSubmission(String firstName, String lastName, String phone, String email, String location,
		String program, String contactMethod, String bestTime, String message, boolean smsConsent, String honeypot,
		String formToken, String submissionKey, String clientIp, String userAgent) {
}
