package org.ketamineclinic.content;

/**
 * A patient's words, shown only with their recorded consent and under the name they agreed to.
 *
 * @param slug         identifier
 * @param displayName  the name as the patient agreed to show it ("Sydney G")
 * @param locationSlug the clinic they attended
 * @param quote        their words
 */
public record Testimonial(String slug, String displayName, String locationSlug, String quote) {
}
