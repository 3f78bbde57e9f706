package org.ketamineclinic.content;

import java.time.LocalDate;

/**
 * One piece of site content as an editor works on it: the raw Markdown and front matter, not the rendered page.
 *
 * @param kind        condition, evidence, program, article, faq, testimonial, step or page
 * @param slug        its address segment (never changed by editing)
 * @param title       title
 * @param description meta description
 * @param frontMatter the kind's structured fields, as a JSON object
 * @param bodyMd      body in Markdown (HTML in it is shown as text, never run)
 * @param publishedOn the date shown on articles, or null
 * @param sortOrder   position in lists
 */
public record EditableContent(String kind, String slug, String title, String description, String frontMatter,
		String bodyMd, LocalDate publishedOn, int sortOrder) {
}
