package org.ketamineclinic.consultation.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.consultation.ConcurrentChange;
import org.ketamineclinic.consultation.ContactChannel;
import org.ketamineclinic.consultation.ContactOutcome;
import org.ketamineclinic.consultation.IntakeManagement;
import org.ketamineclinic.consultation.IntakeRefusal;
import org.ketamineclinic.consultation.IntakeTexts;
import org.ketamineclinic.consultation.RequestStatus;
import org.ketamineclinic.messaging.SmsTexts;
import org.ketamineclinic.staff.StaffPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One consultation request: its details and the work on it. A refused change, or one that lost a race with a
 * colleague's, shows the page again with what the person typed still in the form.
 */
@Controller
class RequestController {

	private final IntakeManagement intake;

	private final StaffPages pages;

	private final SmsTexts texts;

	private final IntakeTexts texting;

	RequestController(IntakeManagement intake, IntakeTexts texting, StaffPages pages, SmsTexts texts) {
		this.texting = texting;
		this.texts = texts;
		this.intake = intake;
		this.pages = pages;
	}

	@GetMapping("/staff/consultations/{id}")
	String show(@PathVariable long id, HttpServletRequest request, Model model) {
		return page(id, request, model, null, Map.of());
	}

	@PostMapping("/staff/consultations/{id}/status")
	String changeStatus(@PathVariable long id, @RequestParam int version, @RequestParam String status,
			@RequestParam(defaultValue = "") String reason, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return attempt(id, request, response, model, redirect, Map.of("form", "status", "status", status, "reason", reason),
				"Status changed.", () -> intake.changeStatus(id, version, status(status), reason));
	}

	@PostMapping("/staff/consultations/{id}/contact")
	String recordContact(@PathVariable long id, @RequestParam int version, @RequestParam String channel,
			@RequestParam String outcome, @RequestParam(defaultValue = "") String note, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return attempt(id, request, response, model, redirect,
				Map.of("form", "contact", "channel", channel, "outcome", outcome, "note", note),
				"Contact attempt recorded.", () -> intake.recordContact(id, version, ContactChannel.valueOf(channel),
						ContactOutcome.valueOf(outcome), note));
	}

	@PostMapping("/staff/consultations/{id}/assign")
	String assign(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String assignee,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Long to = assignee.matches("\\d{1,18}") ? Long.valueOf(assignee) : null;
		return attempt(id, request, response, model, redirect, Map.of("form", "assign", "assignee", assignee),
				to == null ? "Unassigned." : "Assigned.", () -> intake.assign(id, version, to));
	}

	@PostMapping("/staff/consultations/{id}/claim")
	String claim(@PathVariable long id, @RequestParam int version, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return attempt(id, request, response, model, redirect, Map.of("form", "claim"), "Assigned to you.",
				() -> intake.claim(id, version));
	}

	@PostMapping("/staff/consultations/{id}/note")
	String addNote(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String note,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return attempt(id, request, response, model, redirect, Map.of("form", "note", "note", note), "Note added.",
				() -> intake.addNote(id, version, note));
	}

	@PostMapping("/staff/consultations/{id}/text")
	String sendText(@PathVariable long id, @RequestParam(defaultValue = "") String text, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return attempt(id, request, response, model, redirect, Map.of("form", "text", "text", text),
				"Text queued. It goes out within seconds, or in the morning during quiet hours.",
				() -> texting.sendText(id, text));
	}

	@PostMapping("/staff/consultations/{id}/text-opt-out")
	String recordTextOptOut(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return attempt(id, request, response, model, redirect, Map.of("form", "opt-out", "reason", reason),
				"Opt-out recorded: no more texts will be sent to this number.",
				() -> texting.recordTextOptOut(id, reason));
	}

	@PostMapping("/staff/consultations/{id}/text-consent")
	String recordTextConsent(@PathVariable long id, @RequestParam(defaultValue = "") String how,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return attempt(id, request, response, model, redirect, Map.of("form", "consent", "how", how),
				"Consent to texts recorded.", () -> texting.recordTextConsent(id, how));
	}

	@PostMapping("/staff/consultations/{id}/release")
	String release(@PathVariable long id, @RequestParam int version, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return attempt(id, request, response, model, redirect, Map.of("form", "release"),
				"Released into the inbox.", () -> intake.releaseFromReview(id, version));
	}

	private String attempt(long id, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect, Map<String, String> typed, String done, Runnable change) {
		try {
			change.run();
		}
		catch (ConcurrentChange ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(id, request, model, "Someone else changed this request while you were working on it. "
					+ "Their change is shown below and yours was not saved; what you entered is still in the form, "
					+ "so check it and send it again.", typed);
		}
		catch (IntakeRefusal ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, request, model, ex.getMessage(), typed);
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, request, model, "Choose one of the options offered.", typed);
		}
		redirect.addFlashAttribute("notice", done);
		return "redirect:/staff/consultations/" + id;
	}

	private String page(long id, HttpServletRequest request, Model model, String problem, Map<String, String> typed) {
		var detail = intake.detail(id);
		model.addAttribute("page", pages.page("Request " + detail.reference(), request));
		model.addAttribute("detail", detail);
		model.addAttribute("coordinators", intake.coordinators());
		model.addAttribute("problem", problem);
		model.addAttribute("typed", new Typed(new LinkedHashMap<>(typed)));
		model.addAttribute("channels", java.util.List.of(ContactChannel.values()));
		model.addAttribute("templates", texts.replyTemplates());
		model.addAttribute("outcomes", java.util.List.of(ContactOutcome.values()));
		return "consultation/request";
	}

	private static RequestStatus status(String name) {
		return RequestStatus.valueOf(name);
	}
}
