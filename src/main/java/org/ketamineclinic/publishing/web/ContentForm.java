package org.ketamineclinic.publishing.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.ketamineclinic.content.EditableContent;

/**
 * The editor's form, as sent: kept as text, so that whatever the editor typed (even a date that does not parse)
 * comes back to them unchanged when something needs fixing.
 *
 * @param title       title
 * @param description meta description
 * @param frontMatter structured fields (JSON)
 * @param bodyMd      text (Markdown)
 * @param publishedOn date shown, YYYY-MM-DD or blank
 * @param sortOrder   position in lists
 * @param publishAt   for scheduling: local date and time (yyyy-MM-ddTHH:mm) in the clinics' zone
 * @param action      draft, publish or schedule
 */
public record ContentForm(String title, String description, String frontMatter, String bodyMd, String publishedOn,
		String sortOrder, String publishAt, String action) {

	static ContentForm of(EditableContent c) {
		return new ContentForm(c.title(), c.description(), c.frontMatter(), c.bodyMd(),
				c.publishedOn() == null ? "" : c.publishedOn().toString(), Integer.toString(c.sortOrder()), "", "");
	}

	/** The content this form describes; dates and numbers that do not parse are kept as they were on file. */
	EditableContent content(EditableContent onFile) {
		return new EditableContent(onFile.kind(), onFile.slug(), title == null ? "" : title.strip(),
				description == null ? "" : description.strip(), frontMatter, bodyMd == null ? "" : bodyMd,
				date(publishedOn, onFile.publishedOn()), number(sortOrder, onFile.sortOrder()));
	}

	boolean dateUnreadable() {
		return publishedOn != null && !publishedOn.isBlank() && date(publishedOn, null) == null;
	}

	private static LocalDate date(String text, LocalDate otherwise) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return otherwise;
		}
	}

	private static int number(String text, int otherwise) {
		try {
			return Integer.parseInt(text == null ? "" : text.strip());
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}
}
