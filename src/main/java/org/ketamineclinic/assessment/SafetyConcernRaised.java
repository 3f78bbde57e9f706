package org.ketamineclinic.assessment;

/**
 * A patient's answers raised a safety concern (PHQ-9 item 9, or the C-SSRS screener's risk): the on-call clinicians
 * are alerted at once. Ids only: the event is stored by the publication registry.
 *
 * @param alert   the safety alert
 * @param patient the patient
 */
public record SafetyConcernRaised(long alert, long patient) {
}
