package org.ketamineclinic.treatment;

/**
 * An infusion ran, wholly or in part: some ketamine was given (outcomes listens). Ids only: the event is stored by the
 * publication registry; listeners read the facts through {@link InfusionSessions#given(long)}.
 *
 * @param session the infusion session
 */
public record InfusionGiven(long session) {
}
