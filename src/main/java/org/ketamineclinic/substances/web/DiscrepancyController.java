package org.ketamineclinic.substances.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.substances.DailyCounts;
import org.ketamineclinic.substances.Discrepancy;
import org.ketamineclinic.substances.SubstanceRefusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/** An administrator explains a count discrepancy; the explanation is kept beside it for good. */
@Controller
class DiscrepancyController {

	private final LedgerScreens screens;

	private final DailyCounts counts;

	DiscrepancyController(LedgerScreens screens, DailyCounts counts) {
		this.screens = screens;
		this.counts = counts;
	}

	@GetMapping("/staff/controlled-substances/discrepancies/{id}/resolve")
	String showForm(@PathVariable long id, HttpServletRequest http, Model model) {
		return page(id, new ResolveForm("", ""), Map.of(), http, model);
	}

	@PostMapping("/staff/controlled-substances/discrepancies/{id}/resolve")
	String submitForm(@PathVariable long id, @ModelAttribute ResolveForm form, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Discrepancy discrepancy = find(id);
		try {
			counts.resolve(id, form.explanation(), form.adjust(), LedgerScreens.me().id());
		}
		catch (SubstanceRefusal ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, form, Map.of("explanation", ex.getMessage()), http, model);
		}
		redirect.addFlashAttribute("notice", "Discrepancy resolved" + (form.adjust() ? "; the book was adjusted." : "."));
		return "redirect:/staff/controlled-substances/vials/" + discrepancy.vialId();
	}

	private Discrepancy find(long id) {
		return counts.discrepancy(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String page(long id, ResolveForm form, Map<String, String> problems, HttpServletRequest http, Model model) {
		Discrepancy discrepancy = find(id);
		screens.frame("Resolve a discrepancy", screens.clinic(discrepancy.location()), http, model);
		model.addAttribute("discrepancy", discrepancy);
		model.addAttribute("resolution", new FormView<>(form, problems));
		return "substances/resolve";
	}
}
