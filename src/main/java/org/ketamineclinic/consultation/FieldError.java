package org.ketamineclinic.consultation;

/**
 * A field the person needs to correct.
 *
 * @param field the form field's name
 * @param code  the message key under {@code consultation.error.}
 */
public record FieldError(String field, String code) {
}
