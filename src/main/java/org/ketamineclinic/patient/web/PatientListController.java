package org.ketamineclinic.patient.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.staff.StaffPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of charts, and finding one by name, MRN or date of birth. The search is posted and kept in the session,
 * so a patient's name never travels in a URL (and so never into a log or the browser's history).
 */
@Controller
class PatientListController {

	private static final String SEARCH = PatientListController.class.getName() + ".search";

	private final PatientManagement patients;

	private final StaffPages pages;

	PatientListController(PatientManagement patients, StaffPages pages) {
		this.patients = patients;
		this.pages = pages;
	}

	@GetMapping("/staff/patients")
	String list(HttpServletRequest request, HttpSession session, Model model) {
		String search = session.getAttribute(SEARCH) instanceof String text ? text : null;
		model.addAttribute("page", pages.page("Patients", request));
		model.addAttribute("rows", patients.search(search));
		model.addAttribute("search", search);
		return "patient/list";
	}

	@PostMapping("/staff/patients/search")
	String search(@RequestParam(defaultValue = "") String q, HttpSession session) {
		String text = q.strip();
		if (text.isEmpty()) {
			session.removeAttribute(SEARCH);
		}
		else {
			session.setAttribute(SEARCH, text.length() > 100 ? text.substring(0, 100) : text);
		}
		return "redirect:/staff/patients";
	}
}
