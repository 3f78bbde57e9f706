package org.ketamineclinic.assessment;

/**
 * A patient's answers to one questionnaire were stored (outcomes listens). Ids only: the event is stored by the
 * publication registry; listeners read the score through {@link AssessmentHistory#completed(long)}.
 *
 * @param response the stored response
 */
public record QuestionnaireCompleted(long response) {
}
