package org.ketamineclinic.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A staff form that came back refused: which form, what was wrong with each field, and what was typed, so that the
 * page shows the problems beside the fields and loses nothing. The shared field templates ({@code forms/field.jte},
 * {@code forms/errors.jte}) read it. {@link #NONE} when no form was refused.
 *
 * @param form     the refused form's name ("demographics", "checklist", …)
 * @param problems field → what is wrong
 * @param typed    field → what was typed
 */
public record RefusedForm(String form, Map<String, String> problems, Map<String, String> typed) {

	public static final RefusedForm NONE = new RefusedForm("", Map.of(), Map.of());

	/** The refused form, with everything the request carried as typed (not the CSRF token). */
	public static RefusedForm of(String form, Map<String, String> problems, HttpServletRequest request) {
		Map<String, String> typed = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (values.length > 0 && !name.startsWith("_")) {
				typed.put(name, values[0]);
			}
		});
		return new RefusedForm(form, problems, typed);
	}

	public boolean is(String name) {
		return form.equals(name);
	}

	public boolean invalid(String field) {
		return problems.containsKey(field);
	}

	public String error(String field) {
		return problems.get(field);
	}

	/** What was typed into this field of this form, or the fallback when the form was not refused. */
	public String value(String formName, String field, String fallback) {
		return is(formName) ? typed.getOrDefault(field, "") : fallback == null ? "" : fallback;
	}

	/** The ids that describe a field: its hint, and its error when there is one. */
	public String describedBy(String field, boolean hint) {
		String ids = (hint ? field + "-hint " : "") + (invalid(field) ? field + "-error" : "");
		return ids.isBlank() ? null : ids.strip();
	}

	/** The problems, first one first, for the summary at the top of the form. */
	public Iterable<Map.Entry<String, String>> summary() {
		return problems.entrySet();
	}
}
