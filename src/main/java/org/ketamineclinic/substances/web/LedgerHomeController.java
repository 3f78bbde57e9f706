package org.ketamineclinic.substances.web;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.substances.Inventories;
import org.ketamineclinic.substances.SubstanceReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The ledger's home: what each clinic has on hand, what expires soon, and any open count discrepancy. */
@Controller
class LedgerHomeController {

	private final LedgerScreens screens;

	private final SubstanceReports reports;

	private final Inventories inventories;

	LedgerHomeController(LedgerScreens screens, SubstanceReports reports, Inventories inventories) {
		this.screens = screens;
		this.reports = reports;
		this.inventories = inventories;
	}

	@GetMapping("/staff/controlled-substances")
	String home(@RequestParam(required = false) String clinic, HttpServletRequest http, Model model) {
		Location location = screens.clinic(clinic);
		screens.frame("Controlled substances", location, http, model);
		model.addAttribute("home", new LedgerHome(reports.onHand(location.slug()), reports.lots(location.slug()),
				inventories.nextDue(location.slug()).orElse(null), reports.today(location.slug())));
		return "substances/home";
	}
}
