package org.ketamineclinic.psychotherapy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.web.RefusedForm;
import org.ketamineclinic.psychotherapy.NoteRefusal;
import org.ketamineclinic.psychotherapy.PsychotherapyNotes;
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

/** One session's note: read it; its therapist revises and signs the draft; signed notes take addenda. */
@Controller
class SessionNoteController {

	private final PsychotherapyNotes notes;

	private final StaffPages pages;

	SessionNoteController(PsychotherapyNotes notes, StaffPages pages) {
		this.notes = notes;
		this.pages = pages;
	}

	@GetMapping("/staff/psychotherapy/sessions/{id}")
	String show(@PathVariable long id, HttpServletRequest http, Model model) {
		return page(id, RefusedForm.NONE, http, model);
	}

	@PostMapping("/staff/psychotherapy/sessions/{id}")
	String revise(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@ModelAttribute SessionForm form, HttpServletRequest http, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return change(id, "note", "Draft saved.", http, response, model, redirect,
				() -> notes.revise(id, version, form.entry()));
	}

	@PostMapping("/staff/psychotherapy/sessions/{id}/sign")
	String sign(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return change(id, "sign", "Note signed. It can no longer be changed; corrections are added as addenda.",
				http, response, model, redirect, () -> notes.sign(id, version));
	}

	@PostMapping("/staff/psychotherapy/sessions/{id}/addenda")
	String addend(@PathVariable long id, @ModelAttribute AddendumForm form, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return change(id, "addendum", "Addendum added.", http, response, model, redirect,
				() -> notes.addAddendum(id, form.addendumReason(), form.addendumText()));
	}

	private String change(long id, String formName, String done, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect, Runnable work) {
		try {
			work.run();
		}
		catch (NoteRefusal refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, RefusedForm.of(formName, refused.problems(), http), http, model);
		}
		redirect.addFlashAttribute("notice", done);
		return "redirect:/staff/psychotherapy/sessions/" + id;
	}

	private String page(long id, RefusedForm form, HttpServletRequest http, Model model) {
		var note = notes.note(id);
		model.addAttribute("page", pages.page(note.kind().label() + " session · " + note.patientName(), http));
		model.addAttribute("note", note);
		model.addAttribute("values", note.mayRevise() ? SessionForm.of(note) : SessionForm.blank(note.kind()));
		model.addAttribute("form", form);
		return "psychotherapy/session";
	}
}
