package org.ketamineclinic.treatment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.staff.StaffPages;
import org.ketamineclinic.treatment.ConsentManagement;
import org.ketamineclinic.treatment.InfusionSessions;
import org.ketamineclinic.treatment.OrderManagement;
import org.ketamineclinic.treatment.ScreeningManagement;
import org.ketamineclinic.web.RefusedForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A patient's treatment at a glance: screening, consent, the standing order and the infusions, each with the next
 * step for whoever may take it; and opening an infusion session.
 */
@Controller
class TreatmentController {

	private final PatientManagement patients;

	private final ScreeningManagement screenings;

	private final ConsentManagement consent;

	private final OrderManagement orders;

	private final InfusionSessions sessions;

	private final StaffPages pages;

	private final Auditor auditor;

	TreatmentController(PatientManagement patients, ScreeningManagement screenings, ConsentManagement consent,
			OrderManagement orders, InfusionSessions sessions, StaffPages pages, Auditor auditor) {
		this.auditor = auditor;
		this.patients = patients;
		this.screenings = screenings;
		this.consent = consent;
		this.orders = orders;
		this.sessions = sessions;
		this.pages = pages;
	}

	@GetMapping("/staff/treatment/patients/{id}")
	String overview(@PathVariable long id, HttpServletRequest http, Model model) {
		return page(id, RefusedForm.NONE, http, model);
	}

	@PostMapping("/staff/treatment/patients/{id}/sessions")
	String openSession(@PathVariable long id, HttpServletRequest http, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return Outcome.of("session", () -> sessions.open(id, null), session -> "/staff/treatment/sessions/" + session,
				"Infusion session opened: start with the checklist.", form -> page(id, form, http, model), http,
				response, redirect);
	}

	/**
	 * From the schedule: the appointment's session, opened on first use. Scheduling knows people by their
	 * consultation request; the chart opened from it is the patient.
	 */
	@PostMapping("/staff/treatment/appointments/{appointment}/session")
	String fromAppointment(@PathVariable long appointment, @RequestParam long request, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		var existing = sessions.forAppointment(appointment);
		if (existing.isPresent()) {
			return "redirect:/staff/treatment/sessions/" + existing.get();
		}
		var patient = patients.chartFor(request);
		if (patient.isEmpty()) {
			redirect.addFlashAttribute("warning", "This person has no patient chart yet: open one from their "
					+ "consultation request first.");
			return "redirect:/staff/schedule/appointments/" + appointment;
		}
		long id = patient.get();
		return Outcome.of("session", () -> sessions.open(id, appointment),
				session -> "/staff/treatment/sessions/" + session, "Infusion session for this appointment.",
				form -> page(id, form, http, model), http, response, redirect);
	}

	String page(long id, RefusedForm form, HttpServletRequest http, Model model) {
		var chart = patients.summary(id);
		model.addAttribute("page", pages.page("Treatment · " + chart.name(), http));
		model.addAttribute("patient", chart);
		model.addAttribute("screenings", screenings.of(id));
		model.addAttribute("approval", screenings.approval(id).orElse(null));
		model.addAttribute("consent", consent.status(id));
		model.addAttribute("order", orders.active(id).orElse(null));
		model.addAttribute("sessions", sessions.ofPatient(id));
		model.addAttribute("form", form);
		model.addAttribute("zone", chart.zone());
		auditor.record(AuditAction.VIEW, "patient", Long.toString(id), "treatment");
		return "treatment/patient";
	}
}
