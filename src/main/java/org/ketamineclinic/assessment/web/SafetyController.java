package org.ketamineclinic.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.assessment.AssessmentRefusal;
import org.ketamineclinic.assessment.InstrumentCode;
import org.ketamineclinic.assessment.QuestionnaireLinks;
import org.ketamineclinic.assessment.SafetyAlerts;
import org.ketamineclinic.staff.StaffPages;
import org.ketamineclinic.web.RefusedForm;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clinicians' safety alerts, acknowledged with what was done; and sending a patient the questionnaires. */
@Controller
class SafetyController {

	private final SafetyAlerts alerts;

	private final QuestionnaireLinks links;

	private final StaffPages pages;

	SafetyController(SafetyAlerts alerts, QuestionnaireLinks links, StaffPages pages) {
		this.alerts = alerts;
		this.links = links;
		this.pages = pages;
	}

	@GetMapping("/staff/safety")
	String list(HttpServletRequest http, Model model) {
		return page(RefusedForm.NONE, http, model);
	}

	@PostMapping("/staff/safety/{id}/acknowledge")
	String acknowledge(@PathVariable long id, @RequestParam(defaultValue = "") String note, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			alerts.acknowledge(id, note);
		}
		catch (AssessmentRefusal refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(RefusedForm.of("acknowledge-" + id, refused.problems(), http), http, model);
		}
		redirect.addFlashAttribute("notice", "Alert acknowledged. The on-call clinicians are not alerted again.");
		return "redirect:/staff/safety";
	}

	@PostMapping("/staff/assessment/patients/{id}/send")
	String send(@PathVariable long id, RedirectAttributes redirect) {
		links.send(id, QuestionnaireLinks.BEFORE_INFUSION);
		redirect.addFlashAttribute("notice", "The questionnaires (" + String.join(", ", QuestionnaireLinks
			.BEFORE_INFUSION.stream().map(InstrumentCode::title).toList()) + ") were sent by text and e-mail.");
		return "redirect:/staff/assessment/patients/" + id;
	}

	private String page(RefusedForm form, HttpServletRequest http, Model model) {
		model.addAttribute("page", pages.page("Safety alerts", http));
		model.addAttribute("alerts", alerts.recent());
		model.addAttribute("form", form);
		return "assessment/safety";
	}
}
