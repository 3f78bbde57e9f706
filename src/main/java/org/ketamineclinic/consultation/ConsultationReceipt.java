package org.ketamineclinic.consultation;

import java.util.UUID;

/**
 * What the thank-you page may show about a stored request: nothing personal.
 *
 * @param submissionKey     the form's key, which the thank-you cookie carries
 * @param referenceCode     the code the person can quote
 * @param preferredLocation the preferred clinic's slug, or "virtual"
 * @param askedToCall       true when the request went over a rate limit: the person is asked to call as well
 */
public record ConsultationReceipt(UUID submissionKey, String referenceCode, String preferredLocation,
		boolean askedToCall) {
}
