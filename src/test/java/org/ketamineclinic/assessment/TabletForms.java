package org.ketamineclinic.assessment;

import java.util.HashMap;
import java.util.Map;

/** The form a patient sends from the tablet before an infusion, as the tests need it. */
public final class TabletForms {

	private TabletForms() {
	}

	/** PHQ-9 answered item by item as given, GAD-7 "several days" throughout (7), and every C-SSRS question "no". */
	public static Map<String, String> beforeInfusion(int... phq9) {
		if (phq9.length != 9) {
			throw new IllegalArgumentException("The PHQ-9 has nine items, not " + phq9.length);
		}
		Map<String, String> form = new HashMap<>();
		for (int i = 1; i <= 9; i++) {
			form.put("phq9_" + i, Integer.toString(phq9[i - 1]));
		}
		for (int i = 1; i <= 7; i++) {
			form.put("gad7_" + i, "1");
		}
		form.putAll(Map.of("cssrs_1", "0", "cssrs_2", "0", "cssrs_6", "0"));
		return form;
	}
}
