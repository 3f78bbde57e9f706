package org.ketamineclinic.assessment.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.assessment.AssessmentRefusal;
import org.ketamineclinic.assessment.QuestionnaireAnswers;
import org.ketamineclinic.assessment.Submitted;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.staff.StaffPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The questionnaires in clinic: a nurse hands the patient the tablet before the infusion. The same questions and
 * the same safety escalation as the link the patient may have missed.
 */
@Controller
class TabletController {

	private final QuestionnaireAnswers answers;

	private final PatientManagement patients;

	private final StaffPages pages;

	TabletController(QuestionnaireAnswers answers, PatientManagement patients, StaffPages pages) {
		this.answers = answers;
		this.patients = patients;
		this.pages = pages;
	}

	@GetMapping("/staff/assessment/patients/{id}/tablet")
	String show(@PathVariable long id, HttpServletRequest http, Model model) {
		return page(id, Map.of(), Map.of(), null, http, model);
	}

	@PostMapping("/staff/assessment/patients/{id}/tablet")
	String submit(@PathVariable long id, @RequestParam Map<String, String> form, HttpServletRequest http,
			HttpServletResponse response, Model model) {
		try {
			// The thank-you (or the crisis resources) shows on the tablet at once: no redirect that could show the
			// questions again to the next person handed the tablet.
			return page(id, form, Map.of(), answers.submitOnTablet(id, form), http, model);
		}
		catch (AssessmentRefusal refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, form, refused.problems(), null, http, model);
		}
	}

	private String page(long id, Map<String, String> typed, Map<String, String> problems, Submitted submitted,
			HttpServletRequest http, Model model) {
		var patient = patients.summary(id);
		// The patient holds the tablet: no staff menu on this screen, only the questions.
		model.addAttribute("page", pages.plain("Questionnaires", http));
		model.addAttribute("patient", patient);
		model.addAttribute("instruments", answers.beforeInfusion());
		model.addAttribute("answers", typed);
		model.addAttribute("problems", problems);
		model.addAttribute("submitted", submitted);
		return "assessment/tablet";
	}
}
