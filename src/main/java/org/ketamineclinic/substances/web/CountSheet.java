package org.ketamineclinic.substances.web;

import java.util.List;
import java.util.Map;

import org.ketamineclinic.substances.VialOnHand;

/**
 * The daily count form: every vial on hand, with what was typed for each and what is wrong with it.
 *
 * @param vials  vials on hand at the clinic
 * @param typed  typed volumes by field name ("ml-12")
 * @param errors messages by field name; "form" for the whole count
 */
public record CountSheet(List<VialOnHand> vials, Map<String, String> typed, Map<String, String> errors) {

	public static String field(VialOnHand vial) {
		return "ml-" + vial.id();
	}

	public String typed(VialOnHand vial) {
		return typed.getOrDefault(field(vial), "");
	}

	public FormView<CountSheet> view() {
		return new FormView<>(this, errors);
	}
}
