package org.ketamineclinic.treatment;

/**
 * What a patient's consent link shows: the document to read, and whether it can still be signed.
 *
 * @param usable   not used, not expired, and the document is still the version in force
 * @param signed   the patient signed through this link
 */
public record ConsentLinkPage(ConsentDocumentView document, boolean usable, boolean signed) {
}
