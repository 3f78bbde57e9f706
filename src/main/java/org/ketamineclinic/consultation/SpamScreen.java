package org.ketamineclinic.consultation;

import java.time.Duration;
import java.util.EnumSet;

import org.ketamineclinic.consultation.SpamAssessment.Reason;

/**
 * Scores a submission against the form's spam defences. A pure function of the signals, so its rules can be tested
 * one by one.
 */
final class SpamScreen {

	private final ConsultationProperties limits;

	SpamScreen(ConsultationProperties limits) {
		this.limits = limits;
	}

	/**
	 * @param honeypot          what was in the hidden field
	 * @param formAge           how long ago the form was rendered, or null when its token was missing or forged
	 * @param fromAddressLastHour requests already stored from the sender's address in the past hour
	 * @param forPhoneLastDay   requests already stored for the phone number in the past day
	 */
	SpamAssessment assess(String honeypot, Duration formAge, int fromAddressLastHour, int forPhoneLastDay) {
		var reasons = EnumSet.noneOf(Reason.class);
		if (honeypot != null && !honeypot.isEmpty()) {
			reasons.add(Reason.HONEYPOT);
		}
		if (formAge == null || formAge.isNegative() || formAge.compareTo(limits.formTokenMaxAge()) > 0) {
			reasons.add(Reason.NO_VALID_FORM_TOKEN);
		}
		else if (formAge.compareTo(limits.minimumFillTime()) < 0) {
			reasons.add(Reason.TOO_FAST);
		}
		if (limits.perIpPerHour() > 0 && fromAddressLastHour >= limits.perIpPerHour()) {
			reasons.add(Reason.ADDRESS_LIMIT);
		}
		if (limits.perPhonePerDay() > 0 && forPhoneLastDay >= limits.perPhonePerDay()) {
			reasons.add(Reason.PHONE_LIMIT);
		}
		return new SpamAssessment(reasons);
	}
}
