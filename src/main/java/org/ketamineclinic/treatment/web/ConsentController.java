package org.ketamineclinic.treatment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.staff.StaffPages;
import org.ketamineclinic.treatment.ConsentManagement;
import org.ketamineclinic.web.RefusedForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Consent in the clinic: the screen a colleague hands the patient on a tablet (the form in large type, the patient
 * types their name), and sending the patient a one-time link to sign from their own device instead.
 */
@Controller
class ConsentController {

	private final ConsentManagement consent;

	private final PatientManagement patients;

	private final StaffPages pages;

	private final Auditor auditor;

	ConsentController(ConsentManagement consent, PatientManagement patients, StaffPages pages, Auditor auditor) {
		this.consent = consent;
		this.patients = patients;
		this.pages = pages;
		this.auditor = auditor;
	}

	@GetMapping("/staff/treatment/patients/{id}/consent/tablet")
	String tablet(@PathVariable long id, @RequestParam(defaultValue = "false") boolean signed,
			HttpServletRequest http, Model model) {
		model.addAttribute("signed", signed && consent.status(id).hasCurrent());
		return page(id, RefusedForm.NONE, http, model);
	}

	@PostMapping("/staff/treatment/patients/{id}/consent/tablet")
	String sign(@PathVariable long id, @RequestParam long document, @RequestParam(defaultValue = "") String typedName,
			@RequestParam(defaultValue = "false") boolean agreed, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		// The patient still holds the tablet: a thank-you on the same plain screen, never a staff page.
		return Outcome.of("consent", () -> consent.signOnTablet(id, document, typedName, agreed, http.getRemoteAddr(),
				http.getHeader("User-Agent")), "Signed.", "/staff/treatment/patients/" + id + "/consent/tablet?signed=true",
				form -> page(id, form, http, model), http, response, redirect);
	}

	@PostMapping("/staff/treatment/patients/{id}/consent/link")
	String sendLink(@PathVariable long id, RedirectAttributes redirect) {
		String sentTo = consent.sendLink(id);
		redirect.addFlashAttribute("notice", "A link to read and sign the consent form was e-mailed to " + sentTo + ".");
		return "redirect:/staff/treatment/patients/" + id;
	}

	private String page(long id, RefusedForm form, HttpServletRequest http, Model model) {
		var patient = patients.summary(id);
		auditor.record(AuditAction.VIEW, "patient", Long.toString(id), "consent");
		// The patient holds the tablet: no staff menu on this screen, only the form.
		model.addAttribute("page", pages.plain("Consent form", http));
		model.addAttribute("patient", patient);
		model.addAttribute("document", consent.current());
		model.addAttribute("form", form);
		return "treatment/consent-tablet";
	}
}
