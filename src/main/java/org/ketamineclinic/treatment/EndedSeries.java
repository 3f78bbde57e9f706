package org.ketamineclinic.treatment;

import java.time.Instant;

/**
 * A series of infusions given in full: every infusion its order planned was given. What the follow-up questionnaires
 * are timed from.
 *
 * @param orderId        the order the series was given under
 * @param patientId      whose
 * @param lastInfusionAt when the last infusion of the series started
 */
public record EndedSeries(long orderId, long patientId, Instant lastInfusionAt) {
}
