package org.ketamineclinic.assessment;

/**
 * A questionnaire as received.
 *
 * @param safetyConcern whether the answers raised a safety concern: the patient is shown crisis resources at once
 */
public record Submitted(boolean safetyConcern) {
}
