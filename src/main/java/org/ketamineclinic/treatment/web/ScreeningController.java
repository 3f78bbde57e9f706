package org.ketamineclinic.treatment.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.staff.StaffPages;
import org.ketamineclinic.staff.StaffPrincipal;
import org.ketamineclinic.staff.StaffRole;
import org.ketamineclinic.treatment.NoSuchRecord;
import org.ketamineclinic.treatment.ScreeningDecision;
import org.ketamineclinic.treatment.ScreeningEntry;
import org.ketamineclinic.treatment.ScreeningManagement;
import org.ketamineclinic.treatment.ScreeningQuestion;
import org.ketamineclinic.web.RefusedForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a screening (nurse or prescriber), and the prescriber's signed decision on it. */
@Controller
class ScreeningController {

	private final ScreeningManagement screenings;

	private final PatientManagement patients;

	private final StaffPages pages;

	private final Auditor auditor;

	ScreeningController(ScreeningManagement screenings, PatientManagement patients, StaffPages pages, Auditor auditor) {
		this.screenings = screenings;
		this.patients = patients;
		this.pages = pages;
		this.auditor = auditor;
	}

	@GetMapping("/staff/treatment/patients/{id}/screening")
	String showForm(@PathVariable long id, HttpServletRequest http, Model model) {
		return form(id, RefusedForm.NONE, http, model);
	}

	@PostMapping("/staff/treatment/patients/{id}/screening")
	String submitForm(@PathVariable long id, @RequestParam Map<String, String> params, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		var entry = new ScreeningEntry(params.get("failedTrials"), params.get("ableToConsent"),
				params.get("restingSystolic"), params.get("restingDiastolic"), params);
		return Outcome.of("screening", () -> screenings.record(id, entry),
				screening -> "/staff/treatment/screenings/" + screening,
				"Screening recorded. A prescriber reviews it and signs the decision.",
				form -> form(id, form, http, model), http, response, redirect);
	}

	@GetMapping("/staff/treatment/screenings/{id}")
	String show(@PathVariable long id, HttpServletRequest http, Model model) {
		return page(id, RefusedForm.NONE, http, model);
	}

	@PostMapping("/staff/treatment/screenings/{id}/decision")
	String decide(@PathVariable long id, @RequestParam(defaultValue = "") String decision,
			@RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String prescriberCode,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		ScreeningDecision chosen = "APPROVED".equals(decision) ? ScreeningDecision.APPROVED
				: "DECLINED".equals(decision) ? ScreeningDecision.DECLINED : null;
		long me = StaffPrincipal.current().orElseThrow().id();
		return Outcome.of("decision", () -> screenings.decide(id, chosen, note, me, prescriberCode), "Decision signed.",
				"/staff/treatment/screenings/" + id, form -> page(id, form, http, model), http, response, redirect);
	}

	private String form(long id, RefusedForm form, HttpServletRequest http, Model model) {
		var patient = patients.summary(id);
		auditor.record(AuditAction.VIEW, "patient", Long.toString(id), "screening");
		model.addAttribute("page", pages.page("Screening · " + patient.name(), http));
		model.addAttribute("patient", patient);
		model.addAttribute("questions", List.of(ScreeningQuestion.values()));
		model.addAttribute("form", form);
		return "treatment/screening-form";
	}

	private String page(long id, RefusedForm form, HttpServletRequest http, Model model) {
		var screening = screenings.screening(id).orElseThrow(() -> new NoSuchRecord("screening", id));
		var patient = patients.summary(screening.patientId());
		auditor.record(AuditAction.VIEW, "patient", Long.toString(screening.patientId()), "screening");
		model.addAttribute("page", pages.page("Screening · " + patient.name(), http));
		model.addAttribute("patient", patient);
		model.addAttribute("screening", screening);
		model.addAttribute("questions", List.of(ScreeningQuestion.values()));
		model.addAttribute("zone", patient.zone());
		model.addAttribute("mayDecide", StaffPrincipal.current().orElseThrow().has(StaffRole.PRESCRIBER));
		model.addAttribute("form", form);
		return "treatment/screening";
	}
}
