package org.ketamineclinic.consultation;

/**
 * A person asked for a free consultation and the request is stored. Carries the id only: listeners read what they
 * need through this module's API, so no personal data sits in the event publication registry.
 *
 * @param consultationRequestId the stored request's id
 */
public record ConsultationRequested(long consultationRequestId) {
}
