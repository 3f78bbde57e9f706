package org.ketamineclinic.patient.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.web.RefusedForm;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.patient.AllergySeverity;
import org.ketamineclinic.patient.ChartEntries;
import org.ketamineclinic.patient.ChartRefusal;
import org.ketamineclinic.patient.ContactEntry;
import org.ketamineclinic.patient.ContactKind;
import org.ketamineclinic.patient.DemographicsEntry;
import org.ketamineclinic.patient.DocumentKind;
import org.ketamineclinic.patient.Icd10;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.patient.PatientPanels;
import org.ketamineclinic.patient.SexAtBirth;
import org.ketamineclinic.staff.StaffPages;
import org.ketamineclinic.staff.StaffPrincipal;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chart screen and its forms. Care coordinators see and keep the demographics, contacts and documents; nurses,
 * prescribers and therapists see the clinical lists too (minimum necessary). Which role may add what is enforced by
 * the security configuration; the page only offers what the reader may do.
 */
@Controller
class ChartController {

	private final PatientManagement patients;

	private final ChartEntries entries;

	private final Locations locations;

	private final StaffPages pages;

	private final PatientPanels panels;

	ChartController(PatientManagement patients, Locations locations, StaffPages pages, PatientPanels panels) {
		this.panels = panels;
		this.patients = patients;
		this.entries = patients.entries();
		this.locations = locations;
		this.pages = pages;
	}

	@GetMapping("/staff/patients/{id}")
	String show(@PathVariable long id, HttpServletRequest http, Model model) {
		return page(id, RefusedForm.NONE, http, model);
	}

	@PostMapping("/staff/patients/{id}/demographics")
	String demographics(@PathVariable long id, @RequestParam int version, @ModelAttribute DemographicsEntry entry,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return change(id, "demographics", "Demographics saved.", http, response, model, redirect,
				() -> patients.updateDemographics(id, version, entry));
	}

	@PostMapping("/staff/patients/{id}/contacts")
	String addContact(@PathVariable long id, @ModelAttribute ContactEntry contact, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return change(id, "contact", "Contact added.", http, response, model, redirect,
				() -> entries.addContact(id, contact));
	}

	@PostMapping("/staff/patients/{id}/contacts/{entry}/remove")
	String removeContact(@PathVariable long id, @PathVariable long entry, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return change(id, "contact", "Contact removed (it stays in the chart's history).", http, response, model,
				redirect, () -> entries.removeContact(id, entry));
	}

	@PostMapping("/staff/patients/{id}/diagnoses")
	String addDiagnosis(@PathVariable long id, @RequestParam(defaultValue = "") String icd10,
			@RequestParam(defaultValue = "") String description, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return change(id, "diagnosis", "Diagnosis added.", http, response, model, redirect,
				() -> entries.addDiagnosis(id, icd10, description));
	}

	@PostMapping("/staff/patients/{id}/diagnoses/{entry}/resolve")
	String resolveDiagnosis(@PathVariable long id, @PathVariable long entry, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return change(id, "diagnosis", "Diagnosis marked resolved.", http, response, model, redirect,
				() -> entries.resolveDiagnosis(id, entry));
	}

	@PostMapping("/staff/patients/{id}/medications")
	String addMedication(@PathVariable long id, @RequestParam(defaultValue = "") String medicationName,
			@RequestParam(defaultValue = "") String medicationDose, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return change(id, "medication", "Medication added.", http, response, model, redirect,
				() -> entries.addMedication(id, medicationName, medicationDose));
	}

	@PostMapping("/staff/patients/{id}/medications/{entry}/stop")
	String stopMedication(@PathVariable long id, @PathVariable long entry, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return change(id, "medication", "Medication marked stopped.", http, response, model, redirect,
				() -> entries.stopMedication(id, entry));
	}

	@PostMapping("/staff/patients/{id}/allergies")
	String addAllergy(@PathVariable long id, @RequestParam(defaultValue = "") String substance,
			@RequestParam(defaultValue = "") String reaction, @RequestParam(defaultValue = "") String severity,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return change(id, "allergy", "Allergy added.", http, response, model, redirect,
				() -> entries.addAllergy(id, substance, reaction, severity));
	}

	@PostMapping("/staff/patients/{id}/allergies/{entry}/remove")
	String removeAllergy(@PathVariable long id, @PathVariable long entry, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return change(id, "allergy", "Allergy removed as entered in error (it stays in the chart's history).", http,
				response, model, redirect, () -> entries.removeAllergy(id, entry));
	}

	@PostMapping("/staff/patients/{id}/weights")
	String recordWeight(@PathVariable long id, @RequestParam(defaultValue = "") String weightKg,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return change(id, "weight", "Weight recorded.", http, response, model, redirect,
				() -> entries.recordWeight(id, weightKg));
	}

	String change(long id, String form, String done, HttpServletRequest http, HttpServletResponse response,
			Model model, RedirectAttributes redirect, Runnable work) {
		try {
			work.run();
		}
		catch (ChartRefusal refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, RefusedForm.of(form, refused.problems(), http), http, model);
		}
		redirect.addFlashAttribute("notice", done);
		return "redirect:/staff/patients/" + id;
	}

	String page(long id, RefusedForm form, HttpServletRequest http, Model model) {
		StaffPrincipal user = StaffPrincipal.current().orElseThrow();
		boolean clinical = user.has(StaffRole.NURSE) || user.has(StaffRole.PRESCRIBER)
				|| user.has(StaffRole.THERAPIST);
		var chart = patients.chart(id, clinical);
		model.addAttribute("page", pages.page(chart.demographics().name() + " · " + chart.summary().mrn(), http));
		model.addAttribute("chart", chart);
		model.addAttribute("panels", clinical ? panels.clinical(id, chart.zone()) : List.of());
		model.addAttribute("form", form);
		model.addAttribute("clinics", locations.all());
		model.addAttribute("sexes", List.of(SexAtBirth.values()));
		model.addAttribute("contactKinds", List.of(ContactKind.values()));
		model.addAttribute("severities", List.of(AllergySeverity.values()));
		model.addAttribute("documentKinds", List.of(DocumentKind.values()));
		model.addAttribute("icd10", Icd10.suggestions());
		return "patient/chart";
	}
}
