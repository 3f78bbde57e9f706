package org.ketamineclinic.consultation.web;

import java.util.List;
import java.util.Map;

import org.ketamineclinic.consultation.SmsDisclosure;

/**
 * What the form template shows.
 *
 * @param form          the person's input so far
 * @param errors        field → message, in the order of the form's fields (empty on first display)
 * @param locations     preferred location options
 * @param programs      program options
 * @param contactMethods contact method options
 * @param bestTimes     best time options
 * @param disclosure    the SMS consent disclosure
 * @param leadHtml      the page's introduction
 * @param csrfParameter name of the CSRF field
 * @param csrfToken     value of the CSRF field
 */
public record FormView(ConsultationForm form, Map<String, String> errors, List<Option> locations,
		List<Option> programs, List<Option> contactMethods, List<Option> bestTimes, SmsDisclosure disclosure,
		String leadHtml, String csrfParameter, String csrfToken) {

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

	public String error(String field) {
		return errors.get(field);
	}

	public boolean invalid(String field) {
		return errors.containsKey(field);
	}

	/** The ids an input is described by: its hint (when it has one) and its error (when there is one). */
	public String describedBy(String field, boolean hasHint) {
		String ids = (hasHint ? field + "-hint " : "") + (invalid(field) ? field + "-error" : "");
		return ids.isBlank() ? null : ids.strip();
	}

	/**
	 * @param code  value sent by the browser
	 * @param label words people read
	 */
	public record Option(String code, String label) {
	}
}
