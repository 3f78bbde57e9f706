package org.ketamineclinic.consultation;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why a request looks suspect, if it does. A suspect request is still stored: staff review it, nobody deletes it
 * unseen.
 *
 * @param reasons the signals that fired
 */
record SpamAssessment(Set<Reason> reasons) {

	enum Reason {

		/** The hidden field people never see was filled in. */
		HONEYPOT,
		/** Sent faster than a person can fill in the form. */
		TOO_FAST,
		/** The form's signed token was missing, forged or too old. */
		NO_VALID_FORM_TOKEN,
		/** Too many requests from one address within the hour. */
		ADDRESS_LIMIT,
		/** Too many requests for one phone number within the day. */
		PHONE_LIMIT

	}

	SpamAssessment {
		reasons = reasons.isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(reasons);
	}

	boolean suspect() {
		return !reasons.isEmpty();
	}

	/** Over a limit: the person is asked to call as well, so that a real person is never left waiting. */
	boolean rateLimited() {
		return reasons.contains(Reason.ADDRESS_LIMIT) || reasons.contains(Reason.PHONE_LIMIT);
	}

	String reasonCodes() {
		return reasons.stream().map(Enum::name).collect(Collectors.joining(","));
	}
}
