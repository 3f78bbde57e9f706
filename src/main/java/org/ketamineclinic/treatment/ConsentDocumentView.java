package org.ketamineclinic.treatment;

import java.time.Instant;

/**
 * A version of a consent document, as a patient reads it.
 *
 * @param html the body, rendered from Markdown and sanitised
 */
public record ConsentDocumentView(long id, String kind, String version, String title, String html,
		Instant publishedAt) {
}
