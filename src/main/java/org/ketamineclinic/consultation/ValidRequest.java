package org.ketamineclinic.consultation;

import org.ketamineclinic.shared.EmailAddress;
import org.ketamineclinic.shared.PersonName;
import org.ketamineclinic.shared.PhoneNumber;

/**
 * A submission whose every field passed validation, in typed form.
 *
 * @param name          the person's name
 * @param phone         mobile phone
 * @param email         e-mail
 * @param location      preferred location's slug, or "virtual"
 * @param program       program of interest
 * @param contactMethod preferred contact method
 * @param bestTime      best time to reach them
 * @param message       optional message, or null
 */
record ValidRequest(PersonName name, PhoneNumber phone, EmailAddress email, String location,
		ProgramInterest program, ContactMethod contactMethod, BestTime bestTime, String message) {

	@Override
	public String toString() {
		return "ValidRequest[***]";
	}
}
