package org.ketamineclinic.scheduling.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.scheduling.AppointmentMode;
import org.ketamineclinic.scheduling.BookingLinks;
import org.ketamineclinic.scheduling.ScheduleRefusal;
import org.ketamineclinic.scheduling.SlotTaken;
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
 * The page behind a self-booking link: free consultation times to pick from, on a phone, without signing in. It shows
 * no personal details (whoever holds the link sees times only) and is never cached or indexed.
 */
@Controller
class SelfBookingController {

	private final BookingLinks links;

	private final ChromeFactory chrome;

	private final PageMetas metas;

	SelfBookingController(BookingLinks links, ChromeFactory chrome, PageMetas metas) {
		this.links = links;
		this.chrome = chrome;
		this.metas = metas;
	}

	@GetMapping("/book/{token}")
	ModelAndView show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
		return page(token, null, request, response);
	}

	@PostMapping("/book/{token}")
	ModelAndView book(@PathVariable String token, @RequestParam(required = false) String slot,
			@RequestParam(defaultValue = "PHONE") String mode, HttpServletRequest request,
			HttpServletResponse response) {
		if (CsrfRejection.rejected(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return page(token, "The page had been open too long. Please choose your time again.", request, response);
		}
		Dates.SlotChoice choice = Dates.SlotChoice.parse(slot);
		if (choice == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(token, "Please choose one of the times.", request, response);
		}
		AppointmentMode how;
		try {
			how = AppointmentMode.valueOf(mode);
		}
		catch (IllegalArgumentException ex) {
			how = AppointmentMode.PHONE;
		}
		try {
			links.book(token, choice.location(), choice.start(), how);
		}
		catch (SlotTaken taken) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(token, "Sorry, that time was just taken. Please choose another.", request, response);
		}
		catch (ScheduleRefusal refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(token, refused.getMessage(), request, response);
		}
		var done = new RedirectView("/book/" + token);
		done.setStatusCode(HttpStatus.SEE_OTHER);
		return new ModelAndView(done);
	}

	private ModelAndView page(String token, String problem, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		var found = links.open(token);
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		PageMeta meta = metas.of("Pick a time for your free consultation",
				"Choose a time for your free consultation.", "/book", List.of());
		var model = new java.util.HashMap<String, Object>();
		model.put("meta", meta);
		model.put("chrome", chrome.chrome());
		model.put("link", found.orElse(null));
		model.put("problem", problem);
		model.put("csrfParameter", csrf == null ? "_csrf" : csrf.getParameterName());
		model.put("csrfToken", csrf == null ? "" : csrf.getToken());
		model.put("modes", List.of(AppointmentMode.values()));
		return new ModelAndView("scheduling/self-book", model);
	}
}
