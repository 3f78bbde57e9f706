package org.ketamineclinic.patient.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.web.RefusedForm;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.patient.ChartRefusal;
import org.ketamineclinic.patient.ContactEntry;
import org.ketamineclinic.patient.DemographicsEntry;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.patient.SexAtBirth;
import org.ketamineclinic.staff.StaffPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opens a chart from a consultation request: the form arrives filled in with what the request holds, and asks only
 * what it did not (date of birth, sex at birth, height, weight, an emergency contact).
 */
@Controller
class ChartOpeningController {

	private final PatientManagement patients;

	private final Locations locations;

	private final StaffPages pages;

	ChartOpeningController(PatientManagement patients, Locations locations, StaffPages pages) {
		this.patients = patients;
		this.locations = locations;
		this.pages = pages;
	}

	@GetMapping("/staff/patients/new")
	String showForm(@RequestParam long request, HttpServletRequest http, Model model) {
		var existing = patients.chartFor(request);
		if (existing.isPresent()) {
			return "redirect:/staff/patients/" + existing.get();
		}
		try {
			return page(request, patients.draftFor(request), RefusedForm.NONE, http, model);
		}
		catch (ChartRefusal refused) {
			model.addAttribute("page", pages.page("Open a patient chart", http));
			model.addAttribute("problem", refused.getMessage());
			return "patient/refused";
		}
	}

	@PostMapping("/staff/patients/new")
	String submitForm(@RequestParam long request, @ModelAttribute DemographicsEntry demographics,
			@RequestParam(defaultValue = "") String weightKg, @ModelAttribute ContactEntry emergency,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			long id = patients.open(request, demographics, weightKg, emergency);
			redirect.addFlashAttribute("notice", "Chart opened. The appointments booked from the request are this "
					+ "patient's.");
			return "redirect:/staff/patients/" + id;
		}
		catch (PatientManagement.ChartExists exists) {
			redirect.addFlashAttribute("notice", "This request already had a chart: here it is. Nothing was changed.");
			return "redirect:/staff/patients/" + exists.patient();
		}
		catch (ChartRefusal refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(request, demographics, RefusedForm.of("open", refused.problems(), http), http, model);
		}
	}

	private String page(long request, DemographicsEntry entry, RefusedForm form, HttpServletRequest http,
			Model model) {
		model.addAttribute("page", pages.page("Open a patient chart", http));
		model.addAttribute("request", request);
		model.addAttribute("entry", entry);
		model.addAttribute("form", form);
		model.addAttribute("clinics", locations.all());
		model.addAttribute("sexes", List.of(SexAtBirth.values()));
		return "patient/new";
	}
}
