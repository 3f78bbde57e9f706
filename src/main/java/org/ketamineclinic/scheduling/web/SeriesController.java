package org.ketamineclinic.scheduling.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.consultation.IntakeManagement;
import org.ketamineclinic.consultation.RequestContact;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.scheduling.ProposedSeries;
import org.ketamineclinic.scheduling.ScheduleRefusal;
import org.ketamineclinic.scheduling.SchedulingManagement;
import org.ketamineclinic.scheduling.SchedulingProperties;
import org.ketamineclinic.scheduling.Slot;
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
 * The infusion-series planner's screen: the coordinator gives the program, clinics, earliest start and the person's
 * days and times, sees up to three complete series that keep the protocol, and books one with a click, all visits
 * or none.
 */
@Controller
class SeriesController {

	private final SchedulingManagement scheduling;

	private final IntakeManagement intake;

	private final Locations locations;

	private final SchedulingProperties properties;

	private final StaffPages pages;

	private final Clock clock;

	SeriesController(SchedulingManagement scheduling, IntakeManagement intake, Locations locations,
			SchedulingProperties properties, StaffPages pages, Clock clock) {
		this.scheduling = scheduling;
		this.intake = intake;
		this.locations = locations;
		this.properties = properties;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/staff/schedule/series/new")
	String plan(@RequestParam long request, @RequestParam(defaultValue = "mood") String program,
			@RequestParam(required = false) List<String> location, @RequestParam(required = false) String from,
			@RequestParam(required = false) List<String> weekday, @RequestParam(required = false) String time,
			HttpServletRequest http, Model model) {
		RequestContact person = person(request);
		return page(form(request, program, location, from, weekday, time, person), person, null, http, model);
	}

	@PostMapping("/staff/schedule/series")
	String book(@RequestParam long request, @RequestParam(defaultValue = "mood") String program,
			@RequestParam(required = false) List<String> visit, @RequestParam(required = false) List<String> location,
			@RequestParam(required = false) String from, @RequestParam(required = false) List<String> weekday,
			@RequestParam(required = false) String time, HttpServletRequest http, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		RequestContact person = person(request);
		SeriesForm form = form(request, program, location, from, weekday, time, person);
		List<Slot> visits = new ArrayList<>();
		for (String value : visit == null ? List.<String>of() : visit) {
			Dates.SlotChoice choice = Dates.SlotChoice.parse(value);
			var clinic = choice == null ? null : locations.bySlug(choice.location()).orElse(null);
			if (clinic == null) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				return page(form, person, "Choose one of the series offered.", http, model);
			}
			var local = choice.start().atZone(clinic.zone());
			visits.add(new Slot(clinic.slug(), local.toLocalDate(), local.toLocalTime(), choice.start()));
		}
		try {
			scheduling.bookSeries(request, form.program(), visits);
		}
		catch (SlotTaken taken) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(form, person, "One of these times was just taken by another booking, so nothing was booked. "
					+ "Here are the series that are free now.", http, model);
		}
		catch (ScheduleRefusal refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(form, person, refused.getMessage(), http, model);
		}
		redirect.addFlashAttribute("notice", visits.size() + " infusions booked. The person gets a confirmation by "
				+ "text (if they agreed to texts) and by e-mail with a calendar file, and reminders before each visit.");
		return "redirect:/staff/schedule/people/" + request;
	}

	private SeriesForm form(long request, String program, List<String> asked, String from, List<String> weekday,
			String time, RequestContact person) {
		List<String> known = locations.all().stream().map(Location::slug).toList();
		List<String> chosen = asked == null ? List.of() : asked.stream().filter(known::contains).distinct().toList();
		if (chosen.isEmpty()) {
			chosen = known.contains(person.preferredLocation()) ? List.of(person.preferredLocation()) : known;
		}
		String programName = properties.programs().containsKey(program) ? program : "mood";
		LocalDate today = LocalDate.now(clock.withZone(locations.all().get(0).zone()));
		LocalDate earliest = from == null || from.isBlank() ? scheduling.earliestSeriesStart(request, today)
				: Dates.dayOr(from, clock, locations.all().get(0).zone());
		return new SeriesForm(request, programName, properties.programs(), chosen, earliest.isBefore(today) ? today
				: earliest, weekday == null ? List.of() : weekday, Dates.timeOfDay(time), locations.all(), List.of());
	}

	private String page(SeriesForm form, RequestContact person, String problem, HttpServletRequest http, Model model) {
		List<ProposedSeries> proposals = scheduling.proposeSeries(form.request(), form.program(), form.locations(),
				form.from(), Dates.weekdays(form.weekdays()), form.timeOfDay());
		model.addAttribute("page", pages.page("Plan a series for " + person.fullName(), http));
		model.addAttribute("person", person);
		model.addAttribute("form", form.with(proposals));
		model.addAttribute("problem", problem);
		return "scheduling/series";
	}

	private RequestContact person(long request) {
		return intake.contact(request).orElseThrow(() -> new SchedulingManagement.NoSuchAppointment(request));
	}
}
