package org.ketamineclinic.consultation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.ketamineclinic.consultation.InboxFilter;
import org.ketamineclinic.consultation.IntakeManagement;
import org.ketamineclinic.consultation.ProgramInterest;
import org.ketamineclinic.consultation.RequestStatus;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.staff.StaffPages;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The intake inbox. Filters are codes and dates, so they live in the address; a search for a name, phone number or
 * e-mail address is sent by POST and kept in the session, so it never appears in an address, a log or the history.
 */
@Controller
class IntakeController {

	static final String SEARCH = "clinic.intake.search";

	private final IntakeManagement intake;

	private final StaffPages pages;

	private final Locations locations;

	IntakeController(IntakeManagement intake, StaffPages pages, Locations locations) {
		this.intake = intake;
		this.pages = pages;
		this.locations = locations;
	}

	@GetMapping("/staff/consultations")
	String inbox(HttpServletRequest request, HttpSession session, Model model) {
		InboxFilter filter = filter(request);
		String search = search(session);
		model.addAttribute("page", pages.page(filter.review() ? "Spam review" : "Consultation requests", request));
		model.addAttribute("inbox", intake.inbox(filter, search));
		model.addAttribute("search", search);
		model.addAttribute("choices", choices());
		return "consultation/inbox";
	}

	/** The table again for htmx polling, only when it changed; 204 (nothing to swap) otherwise. */
	@GetMapping("/staff/consultations/rows")
	Object rows(HttpServletRequest request, HttpSession session, @RequestParam(defaultValue = "") String marker,
			Model model) {
		var changed = intake.inboxIfChanged(filter(request), search(session), marker);
		if (changed.isEmpty()) {
			return ResponseEntity.noContent().build();
		}
		model.addAttribute("inbox", changed.get());
		return "consultation/inbox-rows";
	}

	@PostMapping("/staff/consultations/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String filter,
			HttpSession session) {
		String text = q.strip();
		if (text.isEmpty()) {
			session.removeAttribute(SEARCH);
		}
		else {
			session.setAttribute(SEARCH, text.length() > 100 ? text.substring(0, 100) : text);
		}
		// The filter part is our own query string of codes; anything else is dropped.
		return "redirect:/staff/consultations" + (filter.matches("[A-Za-z0-9=&_%.-]{0,300}") && !filter.isEmpty()
				? "?" + filter : "");
	}

	private static String search(HttpSession session) {
		return session.getAttribute(SEARCH) instanceof String text ? text : null;
	}

	private Choices choices() {
		return new Choices(locations.all().stream().map(l -> Map.entry(l.slug(), l.title())).toList(),
				java.util.List.of(ProgramInterest.values()), java.util.List.of(RequestStatus.values()),
				intake.coordinators());
	}

	static InboxFilter filter(HttpServletRequest request) {
		int page;
		try {
			page = Integer.parseInt(request.getParameter("page") == null ? "1" : request.getParameter("page"));
		}
		catch (NumberFormatException ex) {
			page = 1;
		}
		return new InboxFilter(request.getParameter("status"), request.getParameter("location"),
				request.getParameter("program"), request.getParameter("assignee"),
				"true".equals(request.getParameter("review")), date(request.getParameter("from")),
				date(request.getParameter("to")), request.getParameter("sort"), page);
	}

	private static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
