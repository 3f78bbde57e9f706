package org.ketamineclinic.consultation.web;

import java.util.Map;

/**
 * What a coordinator typed into a form that was refused, to show it again: nothing they entered is lost.
 *
 * @param values field name → value; "form" names which form it was
 */
public record Typed(Map<String, String> values) {

	public String get(String field) {
		return values.getOrDefault(field, "");
	}

	public boolean isForm(String form) {
		return form.equals(values.get("form"));
	}
}
