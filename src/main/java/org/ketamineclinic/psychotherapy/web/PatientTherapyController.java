package org.ketamineclinic.psychotherapy.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.web.RefusedForm;
import org.ketamineclinic.psychotherapy.CareRole;
import org.ketamineclinic.psychotherapy.CareTeams;
import org.ketamineclinic.psychotherapy.NoteRefusal;
import org.ketamineclinic.psychotherapy.PsychotherapyNotes;
import org.ketamineclinic.psychotherapy.SessionKind;
import org.ketamineclinic.staff.StaffPages;
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
 * A patient's psychotherapy page: the care team, the sessions, and the form for a new session. Whether the reader
 * may see it at all is decided by the module (403 otherwise); the page offers only what the reader may do.
 */
@Controller
class PatientTherapyController {

	private final PsychotherapyNotes notes;

	private final CareTeams teams;

	private final StaffPages pages;

	PatientTherapyController(PsychotherapyNotes notes, CareTeams teams, StaffPages pages) {
		this.notes = notes;
		this.teams = teams;
		this.pages = pages;
	}

	@GetMapping("/staff/psychotherapy/patients/{patientId}")
	String show(@PathVariable long patientId, @RequestParam(required = false) String kind, HttpServletRequest http,
			Model model) {
		SessionKind chosen = SessionKind.parse(kind);
		return page(patientId, chosen == null ? SessionKind.PREPARATION : chosen, RefusedForm.NONE, http, model);
	}

	@PostMapping("/staff/psychotherapy/patients/{patientId}/sessions")
	String record(@PathVariable long patientId, @ModelAttribute SessionForm form, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			long session = notes.draft(patientId, form.entry());
			redirect.addFlashAttribute("notice", "Draft saved. Check it, then sign it.");
			return "redirect:/staff/psychotherapy/sessions/" + session;
		}
		catch (NoteRefusal refused) {
			SessionKind kind = SessionKind.parse(form.kind());
			return refused(patientId, kind == null ? SessionKind.PREPARATION : kind, "session", refused, http,
					response, model);
		}
	}

	@PostMapping("/staff/psychotherapy/patients/{patientId}/team")
	String assign(@PathVariable long patientId, @ModelAttribute AssignmentForm form, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			teams.assign(patientId, form.staffId(), form.careRole());
		}
		catch (NoteRefusal refused) {
			return refused(patientId, SessionKind.PREPARATION, "team", refused, http, response, model);
		}
		redirect.addFlashAttribute("notice", "Added to the care team.");
		return "redirect:/staff/psychotherapy/patients/" + patientId;
	}

	@PostMapping("/staff/psychotherapy/patients/{patientId}/team/{memberId}/end")
	String end(@PathVariable long patientId, @PathVariable long memberId, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			teams.end(patientId, memberId);
		}
		catch (NoteRefusal refused) {
			return refused(patientId, SessionKind.PREPARATION, "team", refused, http, response, model);
		}
		redirect.addFlashAttribute("notice", "Assignment ended (it stays in the team's history).");
		return "redirect:/staff/psychotherapy/patients/" + patientId;
	}

	private String refused(long patientId, SessionKind kind, String formName, NoteRefusal refused,
			HttpServletRequest http, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(patientId, kind, RefusedForm.of(formName, refused.problems(), http), http, model);
	}

	private String page(long patientId, SessionKind kind, RefusedForm form, HttpServletRequest http, Model model) {
		var therapy = notes.patient(patientId);
		model.addAttribute("page", pages.page("Psychotherapy · " + therapy.name() + " · " + therapy.mrn(), http));
		model.addAttribute("therapy", therapy);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", List.of(SessionKind.values()));
		model.addAttribute("values", SessionForm.blank(kind));
		model.addAttribute("form", form);
		model.addAttribute("candidates", therapy.mayAssign() ? teams.candidates() : java.util.Map.of());
		model.addAttribute("parts", List.of(CareRole.values()));
		return "psychotherapy/patient";
	}
}
