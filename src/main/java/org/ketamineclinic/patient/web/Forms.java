package org.ketamineclinic.patient.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.patient.ChartRefusal;

/** Builds the view of a refused form from the request that carried it. */
final class Forms {

	private Forms() {
	}

	static ChartFormView refused(String form, ChartRefusal refusal, HttpServletRequest request) {
		Map<String, String> typed = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (values.length > 0 && !name.startsWith("_")) {
				typed.put(name, values[0]);
			}
		});
		return new ChartFormView(form, refusal.problems(), typed);
	}
}
