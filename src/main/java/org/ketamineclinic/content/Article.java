package org.ketamineclinic.content;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An article for people considering treatment.
 *
 * @param slug            identifier, also the page's path
 * @param title           headline
 * @param description     meta description
 * @param excerpt         teaser for lists
 * @param author          author's name and role
 * @param published       publication date
 * @param readingMinutes  estimated reading time
 * @param mentionsSuicide whether the crisis banner must show
 * @param bodyHtml        the article (rendered Markdown)
 * @param updatedAt       last change
 */
public record Article(String slug, String title, String description, String excerpt, String author,
		LocalDate published, int readingMinutes, boolean mentionsSuicide, String bodyHtml, Instant updatedAt) {
}
