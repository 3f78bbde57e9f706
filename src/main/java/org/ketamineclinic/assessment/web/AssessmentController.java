package org.ketamineclinic.assessment.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.assessment.AssessmentHistory;
import org.ketamineclinic.assessment.AssessmentProperties;
import org.ketamineclinic.assessment.AssessmentRefusal;
import org.ketamineclinic.assessment.InstrumentCode;
import org.ketamineclinic.assessment.Instruments;
import org.ketamineclinic.assessment.QuestionnaireAnswers;
import org.ketamineclinic.assessment.Submitted;
import org.ketamineclinic.assessment.Trend;
import org.ketamineclinic.patient.PatientManagement;
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

/**
 * A patient's questionnaires over time: the PHQ-9 and GAD-7 trend with response, remission and the infusions, the
 * MADRS totals, and the form on which a nurse or prescriber records the MADRS they rated.
 */
@Controller
class AssessmentController {

	private final AssessmentHistory history;

	private final QuestionnaireAnswers answers;

	private final PatientManagement patients;

	private final StaffPages pages;

	private final AssessmentProperties settings;

	AssessmentController(AssessmentHistory history, QuestionnaireAnswers answers, PatientManagement patients,
			StaffPages pages, AssessmentProperties settings) {
		this.history = history;
		this.answers = answers;
		this.patients = patients;
		this.pages = pages;
		this.settings = settings;
	}

	@GetMapping("/staff/assessment/patients/{id}")
	String trend(@PathVariable long id, HttpServletRequest http, Model model) {
		return page(id, RefusedForm.NONE, http, model);
	}

	/** A refused rating comes back with every rating given still chosen and each missing item named. */
	@PostMapping("/staff/assessment/patients/{id}/madrs")
	String rateMadrs(@PathVariable long id, @RequestParam Map<String, String> form, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Submitted submitted;
		try {
			submitted = answers.rateMadrs(id, form);
		}
		catch (AssessmentRefusal refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, RefusedForm.of("madrs", refused.problems(), http), http, model);
		}
		redirect.addFlashAttribute("notice", submitted.safetyConcern()
				? "MADRS recorded. The suicidal-thoughts rating raised a safety alert: the prescriber on duty and the "
						+ "on-call clinician are being alerted."
				: "MADRS recorded.");
		return "redirect:/staff/assessment/patients/" + id;
	}

	private String page(long id, RefusedForm form, HttpServletRequest http, Model model) {
		var patient = patients.summary(id);
		Trend trend = history.trend(id);
		ZoneId zone = patient.zone();
		model.addAttribute("page", pages.page("Questionnaires · " + patient.name(), http));
		model.addAttribute("patient", patient);
		model.addAttribute("trend", trend);
		model.addAttribute("chart", TrendChart.of(trend));
		model.addAttribute("dates", DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US).withZone(zone));
		model.addAttribute("madrs", Instruments.of(InstrumentCode.MADRS));
		model.addAttribute("form", form);
		model.addAttribute("madrsAlertFrom", settings.safety().madrsSuicidalFrom());
		return "assessment/patient";
	}
}
