package org.ketamineclinic.substances.web;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.substances.Inventories;
import org.ketamineclinic.substances.InventoryReport;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/** Taking an initial or biennial inventory, and the printable report of each one taken. */
@Controller
class InventoryController {

	private final LedgerScreens screens;

	private final Inventories inventories;

	InventoryController(LedgerScreens screens, Inventories inventories) {
		this.screens = screens;
		this.inventories = inventories;
	}

	@GetMapping("/staff/controlled-substances/inventory")
	String list(@RequestParam(required = false) String clinic, HttpServletRequest http, Model model) {
		Location location = screens.clinic(clinic);
		screens.frame("Inventory", location, http, model);
		model.addAttribute("inventories", inventories.all(location.slug()));
		model.addAttribute("nextDue", inventories.nextDue(location.slug()).map(Object::toString).orElse(null));
		return "substances/inventories";
	}

	@PostMapping("/staff/controlled-substances/inventory")
	String take(@RequestParam(required = false) String clinic, RedirectAttributes redirect) {
		long id = inventories.take(screens.clinic(clinic).slug(), LedgerScreens.me().id());
		redirect.addFlashAttribute("notice", "Inventory taken. Print it, sign it and keep it with the clinic's records.");
		return "redirect:/staff/controlled-substances/inventory/" + id;
	}

	@GetMapping("/staff/controlled-substances/inventory/{id}")
	String report(@PathVariable long id, HttpServletRequest http, Model model) {
		InventoryReport report = inventories.inventory(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		screens.frame(report.kindLabel(), screens.clinic(report.location()), http, model);
		model.addAttribute("report", report);
		return "substances/inventory";
	}
}
