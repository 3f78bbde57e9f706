package org.ketamineclinic.content;

import java.time.Instant;

/**
 * A page of prose (home, privacy, SMS terms) or the introduction of a listing page.
 *
 * @param slug        identifier
 * @param title       the h1 and title
 * @param description meta description
 * @param headline    a display headline, or the title
 * @param leadHtml    the lead paragraph (rendered Markdown), or empty
 * @param bodyHtml    the body (rendered Markdown)
 * @param updatedAt   last change
 */
public record Page(String slug, String title, String description, String headline, String leadHtml, String bodyHtml,
		Instant updatedAt) {
}
