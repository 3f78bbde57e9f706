package org.ketamineclinic.substances.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.substances.SubstanceLedger;
import org.ketamineclinic.substances.SubstanceProperties;
import org.ketamineclinic.substances.SubstanceRefusal;
import org.ketamineclinic.substances.SubstanceReports;
import org.ketamineclinic.substances.VialReceipt;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vials received from a supplier, entered from the delivery's invoice. */
@Controller
class ReceiveController {

	private final LedgerScreens screens;

	private final SubstanceLedger ledger;

	private final SubstanceReports reports;

	private final SubstanceProperties settings;

	ReceiveController(LedgerScreens screens, SubstanceLedger ledger, SubstanceReports reports,
			SubstanceProperties settings) {
		this.screens = screens;
		this.ledger = ledger;
		this.reports = reports;
		this.settings = settings;
	}

	@GetMapping("/staff/controlled-substances/receive")
	String showForm(@RequestParam(required = false) String clinic, HttpServletRequest http, Model model) {
		Location location = screens.clinic(clinic);
		return page(ReceiveForm.blank(location.slug(), reports.today(location.slug())), Map.of(), location, http,
				model);
	}

	@PostMapping("/staff/controlled-substances/receive")
	String submitForm(@ModelAttribute ReceiveForm form, HttpServletRequest http, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		var problems = new LinkedHashMap<String, String>();
		VialReceipt receipt = form.receipt(LedgerScreens.me().id(), problems);
		ledger.problemsWith(receipt).forEach(problems::putIfAbsent);
		List<Long> ids = List.of();
		if (problems.isEmpty()) {
			try {
				ids = ledger.receive(receipt);
			}
			catch (SubstanceRefusal ex) {
				problems.put("form", ex.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(form, problems, screens.clinic(problems.containsKey("location") ? null : form.location()), http,
					model);
		}
		redirect.addFlashAttribute("notice", ids.size() == 1 ? "Vial " + ids.get(0) + " received."
				: ids.size() + " vials received (" + ids.get(0) + " to " + ids.get(ids.size() - 1) + ").");
		return "redirect:/staff/controlled-substances?clinic=" + form.location();
	}

	private String page(ReceiveForm form, Map<String, String> problems, Location clinic, HttpServletRequest http,
			Model model) {
		screens.frame("Receive vials", clinic, http, model);
		model.addAttribute("receipt", new FormView<>(form, problems));
		model.addAttribute("product", settings.product());
		model.addAttribute("concentrations", settings.concentrations());
		return "substances/receive";
	}
}
