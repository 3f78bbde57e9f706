package org.ketamineclinic.content;

import java.time.OffsetDateTime;
import java.time.LocalDate;

/** One row of {@code content_item}; front matter still as JSON text. */
record ContentItem(String kind, String slug, String title, String description, String frontMatter, String bodyMd,
		LocalDate publishedOn, int sortOrder, OffsetDateTime updatedAt) {
}
