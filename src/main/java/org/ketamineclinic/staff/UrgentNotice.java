package org.ketamineclinic.staff;

/**
 * Something a clinician must see on every staff screen until someone deals with it, such as a patient's answers
 * that raised a safety concern. No personal data: the link leads to the screen that shows (and audits) it.
 *
 * @param text what it is, in a few words
 * @param link where to deal with it
 */
public record UrgentNotice(String text, String link) {
}
