package org.ketamineclinic.substances.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.substances.CountResult;
import org.ketamineclinic.substances.DailyCounts;
import org.ketamineclinic.substances.SubstanceRefusal;
import org.ketamineclinic.substances.SubstanceReports;
import org.ketamineclinic.substances.VialOnHand;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The daily count: staff measure each vial on hand and the book is compared, never corrected, with it. */
@Controller
class CountController {

	private final LedgerScreens screens;

	private final SubstanceReports reports;

	private final DailyCounts counts;

	CountController(LedgerScreens screens, SubstanceReports reports, DailyCounts counts) {
		this.screens = screens;
		this.reports = reports;
		this.counts = counts;
	}

	@GetMapping("/staff/controlled-substances/count")
	String showForm(@RequestParam(required = false) String clinic, HttpServletRequest http, Model model) {
		return page(screens.clinic(clinic), Map.of(), Map.of(), http, model);
	}

	@PostMapping("/staff/controlled-substances/count")
	String submitForm(@RequestParam(required = false) String clinic, @RequestParam Map<String, String> typed,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Location location = screens.clinic(clinic);
		var problems = new LinkedHashMap<String, String>();
		var counted = new HashMap<Long, BigDecimal>();
		for (VialOnHand vial : reports.onHand(location.slug())) {
			String value = typed.getOrDefault(CountSheet.field(vial), "").strip();
			if (!value.matches("\\d{1,4}(\\.\\d{1,2})?")) {
				problems.put(CountSheet.field(vial), "Give the volume in vial " + vial.id() + " in mL, for example 9.5.");
				continue;
			}
			counted.put(vial.id(), new BigDecimal(value));
		}
		CountResult result = null;
		if (problems.isEmpty()) {
			try {
				result = counts.count(location.slug(), counted, LedgerScreens.me().id());
			}
			catch (SubstanceRefusal ex) {
				problems.put("form", ex.getMessage());
			}
		}
		if (result == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(location, typed, problems, http, model);
		}
		redirect.addFlashAttribute("notice", result.discrepancies().isEmpty()
				? "Count recorded: all " + result.vialsCounted() + " vials match the book."
				: "Count recorded. " + result.discrepancies().size() + " vial(s) differ from the book: the administrators "
						+ "have been alerted.");
		return "redirect:/staff/controlled-substances?clinic=" + location.slug();
	}

	private String page(Location clinic, Map<String, String> typed, Map<String, String> problems,
			HttpServletRequest http, Model model) {
		screens.frame("Daily count", clinic, http, model);
		model.addAttribute("sheet", new CountSheet(reports.onHand(clinic.slug()), typed, problems));
		return "substances/count";
	}
}
