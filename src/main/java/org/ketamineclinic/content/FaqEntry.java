package org.ketamineclinic.content;

/**
 * A question people ask, with its answer.
 *
 * @param slug       identifier, used as the anchor
 * @param question   the question
 * @param answerHtml the answer (rendered Markdown)
 * @param answerText the answer as plain text, for structured data
 */
public record FaqEntry(String slug, String question, String answerHtml, String answerText) {
}
