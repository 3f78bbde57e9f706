package org.ketamineclinic.treatment;

/**
 * What the start gate needs from outside the session: the patient's consent, screening and order, and whether a
 * pregnancy test applies to them.
 */
record StartConditions(boolean consentCurrent, boolean screeningApproved, boolean orderActive,
		boolean pregnancyTestRequired) {
}
