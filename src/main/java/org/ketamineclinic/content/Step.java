package org.ketamineclinic.content;

/**
 * One step of "what to expect", from reaching out to integration.
 *
 * @param slug     identifier
 * @param title    the step
 * @param summary  one sentence
 * @param bodyHtml details (rendered Markdown)
 */
public record Step(String slug, String title, String summary, String bodyHtml) {
}
