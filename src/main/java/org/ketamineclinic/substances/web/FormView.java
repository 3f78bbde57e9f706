package org.ketamineclinic.substances.web;

import java.util.Map;

/**
 * A form as typed and what is wrong with it, by field name.
 *
 * @param form   the typed values
 * @param errors messages by field, in the form's order; empty on first showing
 */
public record FormView<F>(F form, Map<String, String> errors) {

	public String error(String field) {
		return errors.get(field);
	}

	/** The value of aria-describedby for a field: its error when it has one. */
	public String describedBy(String field) {
		return errors.containsKey(field) ? field + "-error" : null;
	}

	public String fieldClass(String field) {
		return errors.containsKey(field) ? "field field--invalid" : "field";
	}
}
