package org.ketamineclinic.scheduling.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.consultation.IntakeManagement;
import org.ketamineclinic.consultation.RequestContact;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.scheduling.AppointmentView;
import org.ketamineclinic.scheduling.Calendars;
import org.ketamineclinic.scheduling.ClinicCalendar;
import org.ketamineclinic.scheduling.SchedulingManagement;
import org.ketamineclinic.staff.StaffPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clinics' calendars (a week or a day, chairs and rooms as columns), a person's appointments, and the tasks. */
@Controller
class ScheduleController {

	private final Calendars calendars;

	private final Locations locations;

	private final IntakeManagement intake;

	private final StaffPages pages;

	private final Clock clock;

	private final org.ketamineclinic.scheduling.Roster roster;

	private final org.ketamineclinic.staff.StaffManagement staff;

	ScheduleController(Calendars calendars, Locations locations, IntakeManagement intake, StaffPages pages,
			Clock clock, org.ketamineclinic.scheduling.Roster roster, org.ketamineclinic.staff.StaffManagement staff) {
		this.roster = roster;
		this.staff = staff;
		this.calendars = calendars;
		this.locations = locations;
		this.intake = intake;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/staff/schedule")
	String schedule() {
		return "redirect:/staff/schedule/clinics/" + locations.all().get(0).slug();
	}

	@GetMapping("/staff/schedule/clinics/{slug}")
	String clinic(@PathVariable String slug, @RequestParam(required = false) String date,
			@RequestParam(defaultValue = "week") String view, HttpServletRequest http, Model model) {
		Location clinic = locations.bySlug(slug).orElseThrow(ScheduleController::notFound);
		LocalDate day = Dates.dayOr(date, clock, clinic.zone());
		boolean week = !"day".equals(view);
		ClinicCalendar calendar = calendars.clinic(slug, day, week).orElseThrow(ScheduleController::notFound);
		model.addAttribute("page", pages.page(clinic.title() + " schedule", http));
		model.addAttribute("calendar", calendar);
		model.addAttribute("clinics", locations.all());
		model.addAttribute("week", week);
		model.addAttribute("day", day);
		model.addAttribute("previous", week ? calendar.first().minusWeeks(1) : day.minusDays(1));
		model.addAttribute("next", week ? calendar.first().plusWeeks(1) : day.plusDays(1));
		model.addAttribute("tasks", calendars.openTaskCount());
		model.addAttribute("onShift", roster.peopleAt(slug).stream()
			.map(id -> new StaffLink(id, staff.member(id).map(m -> m.displayName()).orElse("Staff member " + id)))
			.toList());
		return "scheduling/clinic";
	}

	/** Anyone's week, for the colleagues who plan around them. */
	@GetMapping("/staff/schedule/staff/{id}")
	String staffWeek(@PathVariable long id, @RequestParam(required = false) String date, HttpServletRequest http,
			Model model) {
		var member = staff.member(id).orElseThrow(ScheduleController::notFound);
		var zone = locations.all().get(0).zone();
		LocalDate day = Dates.dayOr(date, clock, zone);
		LocalDate monday = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
		model.addAttribute("page", pages.page(member.displayName() + "'s week", http));
		model.addAttribute("name", member.displayName());
		model.addAttribute("staffId", id);
		model.addAttribute("weekOf", monday);
		model.addAttribute("week", calendars.staffWeek(id, day, zone));
		return "scheduling/staff-week";
	}

	@GetMapping("/staff/schedule/people/{request}")
	String person(@PathVariable long request, HttpServletRequest http, Model model) {
		RequestContact person = intake.contact(request)
			.orElseThrow(() -> new SchedulingManagement.NoSuchAppointment(request));
		List<AppointmentView> appointments = calendars.ofPerson(request);
		model.addAttribute("page", pages.page(person.fullName() + "'s appointments", http));
		model.addAttribute("person", person);
		model.addAttribute("appointments", appointments);
		return "scheduling/person";
	}

	@GetMapping("/staff/schedule/tasks")
	String tasks(HttpServletRequest http, Model model) {
		model.addAttribute("page", pages.page("Reschedule requests", http));
		model.addAttribute("tasks", calendars.openTasks());
		return "scheduling/tasks";
	}

	@PostMapping("/staff/schedule/tasks/{id}/done")
	String taskDone(@PathVariable long id, RedirectAttributes redirect) {
		calendars.taskDone(id, org.ketamineclinic.staff.StaffPrincipal.current().orElseThrow().id());
		redirect.addFlashAttribute("notice", "Marked as done.");
		return "redirect:/staff/schedule/tasks";
	}

	static org.springframework.web.server.ResponseStatusException notFound() {
		return new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
	}
}
