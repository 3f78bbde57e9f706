package org.ketamineclinic.assessment.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.assessment.AssessmentRefusal;
import org.ketamineclinic.assessment.QuestionnaireLinks;
import org.ketamineclinic.assessment.Submitted;
import org.ketamineclinic.web.ChromeFactory;
import org.ketamineclinic.web.CsrfRejection;
import org.ketamineclinic.web.PageMetas;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The questionnaire a patient opens from the link we sent: on a phone, no sign-in, one page. Sent answers lead to a
 * thank-you, or at once to crisis resources when they raise a safety concern. The page never names the patient.
 */
@Controller
class QuestionnaireController {

	private final QuestionnaireLinks links;

	private final ChromeFactory chrome;

	private final PageMetas metas;

	QuestionnaireController(QuestionnaireLinks links, ChromeFactory chrome, PageMetas metas) {
		this.links = links;
		this.chrome = chrome;
		this.metas = metas;
	}

	@GetMapping("/q/{token}")
	ModelAndView show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
		return page(token, Map.of(), Map.of(), null, request, response);
	}

	@PostMapping("/q/{token}")
	ModelAndView submit(@PathVariable String token, @RequestParam Map<String, String> form,
			HttpServletRequest request, HttpServletResponse response) {
		if (CsrfRejection.rejected(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return page(token, form, Map.of("link", "The page had been open too long. Please send your answers "
					+ "again."), null, request, response);
		}
		try {
			Submitted submitted = links.submit(token, form);
			return page(token, form, Map.of(), submitted, request, response);
		}
		catch (AssessmentRefusal refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(token, form, refused.problems(), null, request, response);
		}
	}

	private ModelAndView page(String token, Map<String, String> answers, Map<String, String> problems,
			Submitted submitted, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		response.setHeader("Referrer-Policy", "no-referrer");
		var found = links.open(token);
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		var model = new HashMap<String, Object>();
		model.put("meta", metas.of("A few questions about how you are", "Answer a few questions for your care team.",
				"/q", List.of()));
		model.put("chrome", chrome.chrome());
		model.put("questionnaire", found.orElse(null));
		model.put("answers", answers);
		model.put("problems", problems);
		model.put("submitted", submitted);
		model.put("csrfParameter", csrf == null ? "_csrf" : csrf.getParameterName());
		model.put("csrfToken", csrf == null ? "" : csrf.getToken());
		return new ModelAndView("assessment/questionnaire", model);
	}
}
