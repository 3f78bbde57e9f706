package org.ketamineclinic.scheduling.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.consultation.IntakeManagement;
import org.ketamineclinic.consultation.RequestContact;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.scheduling.AppointmentMode;
import org.ketamineclinic.scheduling.AppointmentType;
import org.ketamineclinic.scheduling.BookingLinks;
import org.ketamineclinic.scheduling.FreeSlot;
import org.ketamineclinic.scheduling.ScheduleRefusal;
import org.ketamineclinic.scheduling.SchedulingManagement;
import org.ketamineclinic.scheduling.SlotSearch;
import org.ketamineclinic.scheduling.SlotTaken;
import org.ketamineclinic.staff.StaffPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator books one appointment for a person (the free consultation first, or a screening, a KAP session, a
 * booster): search free times by type, clinic, days and part of the day, pick one, book. A time taken meanwhile
 * comes back as "just taken" with the nearest alternatives, and nothing is booked.
 */
@Controller
class BookingController {

	/** A week of free times at a time: two weeks of 15-minute starts made a page of hundreds of choices. */
	private static final int DAYS_SEARCHED = 6;

	private final SchedulingManagement scheduling;

	private final BookingLinks links;

	private final IntakeManagement intake;

	private final Locations locations;

	private final StaffPages pages;

	private final Clock clock;

	BookingController(SchedulingManagement scheduling, BookingLinks links, IntakeManagement intake,
			Locations locations, StaffPages pages, Clock clock) {
		this.scheduling = scheduling;
		this.links = links;
		this.intake = intake;
		this.locations = locations;
		this.pages = pages;
		this.clock = clock;
	}

	/** The search as the form sent it. */
	record Search(long request, AppointmentType type, List<String> locations, LocalDate from, List<String> weekdays,
			String time, AppointmentMode mode) {
	}

	@GetMapping("/staff/schedule/book")
	String search(@RequestParam long request, @RequestParam(defaultValue = "CONSULTATION") String type,
			@RequestParam(required = false) List<String> location, @RequestParam(required = false) String from,
			@RequestParam(required = false) List<String> weekday, @RequestParam(required = false) String time,
			@RequestParam(required = false) String mode, HttpServletRequest http, Model model) {
		RequestContact person = person(request);
		Search search = new Search(request, type(type), clinics(location, person), Dates.dayOr(from, clock, zone()),
				weekday == null ? List.of() : weekday, time, mode(mode, type(type)));
		return page(search, person, results(search), null, http, model);
	}

	@PostMapping("/staff/schedule/book")
	String book(@RequestParam long request, @RequestParam(defaultValue = "CONSULTATION") String type,
			@RequestParam(required = false) String slot, @RequestParam(required = false) String mode,
			@RequestParam(required = false) List<String> location, @RequestParam(required = false) String from,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		RequestContact person = person(request);
		AppointmentType kind = type(type);
		Search search = new Search(request, kind, clinics(location, person), Dates.dayOr(from, clock, zone()),
				List.of(), null, mode(mode, kind));
		Dates.SlotChoice choice = Dates.SlotChoice.parse(slot);
		if (choice == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(search, person, results(search), "Choose one of the times offered.", http, model);
		}
		try {
			scheduling.book(request, kind, choice.location(), choice.start(), search.mode());
		}
		catch (SlotTaken taken) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(search, person, taken.alternatives(), "That time was just taken by another booking. "
					+ (taken.alternatives().isEmpty() ? "No other time is free near it: search other days."
							: "These are the nearest free times:"), http, model);
		}
		catch (ScheduleRefusal refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(search, person, results(search), refused.getMessage(), http, model);
		}
		redirect.addFlashAttribute("notice", scheduling.typeLabel(kind) + " booked. The person gets a confirmation "
				+ "by text (if they agreed to texts) and by e-mail.");
		return "redirect:/staff/schedule/people/" + request;
	}

	@PostMapping("/staff/schedule/book/link")
	String sendLink(@RequestParam long request, RedirectAttributes redirect) {
		person(request);
		try {
			links.send(request);
			redirect.addFlashAttribute("notice", "Booking link sent by e-mail, and by text if the person agreed to "
					+ "texts.");
		}
		catch (ScheduleRefusal refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/staff/schedule/people/" + request;
	}

	private List<FreeSlot> results(Search search) {
		return scheduling.search(new SlotSearch(search.type(), search.locations(), search.from(),
				search.from().plusDays(DAYS_SEARCHED), Dates.weekdays(search.weekdays()), Dates.timeOfDay(search.time()),
				search.request()));
	}

	private String page(Search search, RequestContact person, List<FreeSlot> slots, String problem,
			HttpServletRequest http, Model model) {
		model.addAttribute("page", pages.page("Book for " + person.fullName(), http));
		model.addAttribute("person", person);
		model.addAttribute("search", new BookingView(search.request(), search.type(), scheduling.typeLabel(search.type()),
				search.locations(), search.from(), search.weekdays(), Dates.timeOfDay(search.time()), search.mode(),
				slots, locations.all(), List.of(AppointmentType.values()).stream()
					.filter(t -> t != AppointmentType.INFUSION)
					.map(t -> new BookingView.Choice(t.name(), scheduling.typeLabel(t)))
					.toList()));
		model.addAttribute("problem", problem);
		return "scheduling/book";
	}

	private RequestContact person(long request) {
		return intake.contact(request).orElseThrow(() -> new SchedulingManagement.NoSuchAppointment(request));
	}

	private List<String> clinics(List<String> asked, RequestContact person) {
		List<String> known = locations.all().stream().map(Location::slug).toList();
		List<String> chosen = asked == null ? List.of() : asked.stream().filter(known::contains).distinct().toList();
		if (!chosen.isEmpty()) {
			return chosen;
		}
		return known.contains(person.preferredLocation()) ? List.of(person.preferredLocation()) : known;
	}

	private java.time.ZoneId zone() {
		return locations.all().isEmpty() ? java.time.ZoneId.of("America/Los_Angeles") : locations.all().get(0).zone();
	}

	private static AppointmentType type(String name) {
		try {
			return AppointmentType.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return AppointmentType.CONSULTATION;
		}
	}

	private static AppointmentMode mode(String name, AppointmentType type) {
		try {
			if (type != AppointmentType.CONSULTATION) {
				return AppointmentMode.IN_PERSON;
			}
			// The free consultation is usually a call; the coordinator changes it when the person prefers otherwise.
			return name == null || name.isBlank() ? AppointmentMode.PHONE : AppointmentMode.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return AppointmentMode.PHONE;
		}
	}
}
