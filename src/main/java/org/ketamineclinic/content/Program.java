package org.ketamineclinic.content;

import java.time.Instant;

/**
 * A treatment program, such as the IV infusion series.
 *
 * @param slug         identifier, also the page's path
 * @param title        name
 * @param description  meta description
 * @param summary      one-line card text
 * @param duration     how long it takes, in words
 * @param sessions     how many visits, in words
 * @param whoIsWithYou who is with the patient
 * @param nextStep     what to do next
 * @param bodyHtml     the program page (rendered Markdown)
 * @param updatedAt    last change
 */
public record Program(String slug, String title, String description, String summary, String duration,
		String sessions, String whoIsWithYou, String nextStep, String bodyHtml, Instant updatedAt) {
}
