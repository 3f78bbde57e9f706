package org.ketamineclinic.psychotherapy.web;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.psychotherapy.Caseloads;
import org.ketamineclinic.staff.StaffPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in staff member's own psychotherapy work: their patients, their drafts, recent safety concerns. */
@Controller
class CaseloadController {

	private final Caseloads caseloads;

	private final StaffPages pages;

	CaseloadController(Caseloads caseloads, StaffPages pages) {
		this.caseloads = caseloads;
		this.pages = pages;
	}

	@GetMapping("/staff/psychotherapy")
	String home() {
		return "redirect:/staff/psychotherapy/mine";
	}

	@GetMapping("/staff/psychotherapy/mine")
	String mine(HttpServletRequest http, Model model) {
		model.addAttribute("page", pages.page("My psychotherapy patients", http));
		model.addAttribute("caseload", caseloads.mine());
		return "psychotherapy/mine";
	}
}
