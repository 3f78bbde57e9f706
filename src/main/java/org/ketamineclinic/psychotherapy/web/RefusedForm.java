package org.ketamineclinic.psychotherapy.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.psychotherapy.NoteRefusal;

/**
 * A form that came back refused: which one, what was wrong field by field, and what was typed, so the page shows
 * the problems beside the fields and loses nothing. The templates hand it to the chart's shared field templates
 * (patient/field.jte, patient/errors.jte). {@link #NONE} when nothing was refused.
 */
public record RefusedForm(String form, Map<String, String> problems, Map<String, String> typed) {

	public static final RefusedForm NONE = new RefusedForm("", Map.of(), Map.of());

	public boolean is(String name) {
		return form.equals(name);
	}

	static RefusedForm of(String form, NoteRefusal refusal, HttpServletRequest request) {
		Map<String, String> typed = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (values.length > 0 && !name.startsWith("_")) {
				typed.put(name, values[0]);
			}
		});
		return new RefusedForm(form, refusal.problems(), typed);
	}
}
