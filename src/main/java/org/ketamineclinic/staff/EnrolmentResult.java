package org.ketamineclinic.staff;

import java.util.List;

/** How sending the one-time link's page went. */
public sealed interface EnrolmentResult {

	/** The account is ready; the person is signed in and sees their recovery codes once. */
	record Enrolled(StaffPrincipal principal, List<String> recoveryCodes) implements EnrolmentResult {
	}

	/** Something to fix; nothing was saved, and the page shows the same secret again. */
	record Invalid(Enrolment page) implements EnrolmentResult {
	}

	/** The link was used, expired or never existed. */
	record LinkGone() implements EnrolmentResult {
	}
}
