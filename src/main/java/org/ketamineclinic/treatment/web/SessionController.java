package org.ketamineclinic.treatment.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.staff.AccountStatus;
import org.ketamineclinic.patient.PatientPanels;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffMember;
import org.ketamineclinic.staff.StaffPages;
import org.ketamineclinic.staff.StaffPrincipal;
import org.ketamineclinic.staff.StaffRole;
import org.ketamineclinic.treatment.AlertAction;
import org.ketamineclinic.treatment.CadssItem;
import org.ketamineclinic.treatment.ChecklistEntry;
import org.ketamineclinic.treatment.InfusionSessions;
import org.ketamineclinic.treatment.PregnancyTest;
import org.ketamineclinic.web.RefusedForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The nurse's screen for one infusion, made for a tablet at the chair: the checklist, the dose with its formula, the
 * start, then vitals with their chart, alerts, events, discharge and signature, one section at a time as the
 * session moves. Preparing and starting are here; monitoring is in {@link MonitoringController}.
 */
@Controller
class SessionController {

	private final InfusionSessions sessions;

	private final StaffManagement staff;

	private final StaffPages pages;

	private final PatientPanels panels;

	SessionController(InfusionSessions sessions, StaffManagement staff, StaffPages pages, PatientPanels panels) {
		this.panels = panels;
		this.sessions = sessions;
		this.staff = staff;
		this.pages = pages;
	}

	@GetMapping("/staff/treatment/sessions/{id}")
	String show(@PathVariable long id, HttpServletRequest http, Model model) {
		return page(id, RefusedForm.NONE, http, model);
	}

	/** The vitals panel again, for the screen's refresh every 30 s: what a colleague entered shows up. */
	@GetMapping("/staff/treatment/sessions/{id}/vitals")
	String vitals(@PathVariable long id, Model model) {
		var session = sessions.view(id);
		model.addAttribute("session", session);
		model.addAttribute("chart", VitalsChart.of(session));
		return "treatment/session-vitals";
	}

	@PostMapping("/staff/treatment/sessions/{id}/checklist")
	String checklist(@PathVariable long id, @RequestParam int version, @ModelAttribute ChecklistEntry entry,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return Outcome.of("checklist", () -> sessions.checklist(id, version, entry),
				"Checklist recorded; the dose is worked out from today's weight.", back(id),
				form -> page(id, form, http, model), http, response, redirect);
	}

	@PostMapping("/staff/treatment/sessions/{id}/override")
	String override(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "0") long prescriber,
			@RequestParam(defaultValue = "") String prescriberCode, @RequestParam(defaultValue = "") String reason,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return Outcome.of("override", () -> sessions.overrideBloodPressure(id, version, prescriber, prescriberCode,
				reason), "The prescriber's override is recorded.", back(id), form -> page(id, form, http, model), http,
				response, redirect);
	}

	@PostMapping("/staff/treatment/sessions/{id}/check-dose")
	String checkDose(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "0") long checker,
			@RequestParam(defaultValue = "") String checkerCode, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return Outcome.of("check", () -> sessions.checkDose(id, version, checker, checkerCode), "Dose checked.",
				back(id), form -> page(id, form, http, model), http, response, redirect);
	}

	@PostMapping("/staff/treatment/sessions/{id}/start")
	String start(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String vial,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return Outcome.of("start", () -> sessions.start(id, version, vial),
				"Infusion started. Vitals are due every 10 minutes.", back(id), form -> page(id, form, http, model),
				http, response, redirect);
	}

	static String back(long id) {
		return "/staff/treatment/sessions/" + id;
	}

	String page(long id, RefusedForm form, HttpServletRequest http, Model model) {
		var session = sessions.view(id);
		long me = StaffPrincipal.current().orElseThrow().id();
		List<StaffMember> active = staff.members().stream().filter(m -> m.status() == AccountStatus.ACTIVE).toList();
		model.addAttribute("page", pages.page("Infusion · " + session.patientName(), http));
		model.addAttribute("session", session);
		model.addAttribute("chart", VitalsChart.of(session));
		model.addAttribute("panels", panels.clinical(session.patientId(), session.zone()));
		model.addAttribute("vials", session.preparing() ? sessions.vialsFor(session) : List.of());
		model.addAttribute("prescribers", active.stream().filter(m -> m.has(StaffRole.PRESCRIBER)).toList());
		model.addAttribute("colleagues", active.stream()
			.filter(m -> m.id() != me && (m.has(StaffRole.NURSE) || m.has(StaffRole.PRESCRIBER)))
			.toList());
		model.addAttribute("pregnancyTests", List.of(PregnancyTest.values()));
		model.addAttribute("alertActions", List.of(AlertAction.values()));
		model.addAttribute("cadssItems", List.of(CadssItem.values()));
		model.addAttribute("form", form);
		return "treatment/session";
	}
}
