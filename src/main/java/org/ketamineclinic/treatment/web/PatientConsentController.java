package org.ketamineclinic.treatment.web;

import java.util.HashMap;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.treatment.ConsentManagement;
import org.ketamineclinic.treatment.TreatmentRefusal;
import org.ketamineclinic.web.ChromeFactory;
import org.ketamineclinic.web.CsrfRejection;
import org.ketamineclinic.web.PageMeta;
import org.ketamineclinic.web.PageMetas;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The consent form a patient opens from the link we e-mailed: read, type your name, tick, sign. The page never shows
 * who the link is for (whoever holds it could be someone else), and it works once.
 */
@Controller
class PatientConsentController {

	private final ConsentManagement consent;

	private final ChromeFactory chrome;

	private final PageMetas metas;

	PatientConsentController(ConsentManagement consent, ChromeFactory chrome, PageMetas metas) {
		this.consent = consent;
		this.chrome = chrome;
		this.metas = metas;
	}

	@GetMapping("/consent/{token}")
	ModelAndView show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
		return page(token, null, null, request, response);
	}

	@PostMapping("/consent/{token}")
	ModelAndView sign(@PathVariable String token, @RequestParam(defaultValue = "") String typedName,
			@RequestParam(defaultValue = "false") boolean agreed, HttpServletRequest request,
			HttpServletResponse response) {
		if (CsrfRejection.rejected(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return page(token, java.util.Map.of("typedName", "The page had been open too long. Please sign again."),
					typedName, request, response);
		}
		try {
			consent.signByLink(token, typedName, agreed, request.getRemoteAddr(), request.getHeader("User-Agent"));
		}
		catch (TreatmentRefusal refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(token, refused.problems(), typedName, request, response);
		}
		var done = new RedirectView("/consent/" + token);
		done.setStatusCode(HttpStatus.SEE_OTHER);
		return new ModelAndView(done);
	}

	private ModelAndView page(String token, java.util.Map<String, String> problems, String typedName,
			HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		// The token is the only key: it must not leak to other sites through the Referer header.
		response.setHeader("Referrer-Policy", "no-referrer");
		var found = consent.openLink(token);
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		PageMeta meta = metas.of("Your consent form", "Read and sign your consent form.", "/consent", List.of());
		var model = new HashMap<String, Object>();
		model.put("meta", meta);
		model.put("chrome", chrome.chrome());
		model.put("link", found.orElse(null));
		model.put("problems", problems == null ? java.util.Map.of() : problems);
		model.put("typedName", typedName == null ? "" : typedName);
		model.put("csrfParameter", csrf == null ? "_csrf" : csrf.getParameterName());
		model.put("csrfToken", csrf == null ? "" : csrf.getToken());
		return new ModelAndView("treatment/consent-public", model);
	}
}
