package org.ketamineclinic.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Friendly error pages in the site's own layout: what went wrong in plain words, the way back, the clinic's phone
 * number and the crisis line. No stack trace, no request details.
 */
@Controller
class ErrorPages implements ErrorController {

	private final ChromeFactory chrome;

	ErrorPages(ChromeFactory chrome) {
		this.chrome = chrome;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		ErrorView view = ErrorView.of(status);
		response.setHeader("Cache-Control", "no-store");
		var meta = PageMeta.of(view.title(), view.message(), "/error").withoutIndexing();
		var model = new ModelAndView("web/error", Map.of("chrome", chrome.chrome(), "meta", meta, "error", view));
		model.setStatus(status);
		return model;
	}
}
