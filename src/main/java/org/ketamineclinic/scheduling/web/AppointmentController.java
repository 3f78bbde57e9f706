package org.ketamineclinic.scheduling.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.scheduling.AppointmentView;
import org.ketamineclinic.scheduling.Calendars;
import org.ketamineclinic.scheduling.FreeSlot;
import org.ketamineclinic.scheduling.ScheduleRefusal;
import org.ketamineclinic.scheduling.SchedulingManagement;
import org.ketamineclinic.scheduling.SlotSearch;
import org.ketamineclinic.scheduling.SlotTaken;
import org.ketamineclinic.scheduling.TimeOfDay;
import org.ketamineclinic.staff.StaffPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One appointment: its details, and what may happen to it (move to another free time, cancel, check in, no-show,
 * complete). Moving a visit of a series shows which protocol rules the series would then break.
 */
@Controller
class AppointmentController {

	private final Calendars calendars;

	private final SchedulingManagement scheduling;

	private final StaffPages pages;

	private final java.time.Clock clock;

	AppointmentController(Calendars calendars, SchedulingManagement scheduling, StaffPages pages,
			java.time.Clock clock) {
		this.calendars = calendars;
		this.scheduling = scheduling;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/staff/schedule/appointments/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) String moveDate, HttpServletRequest http,
			Model model) {
		return page(id, moveDate, null, http, model);
	}

	@PostMapping("/staff/schedule/appointments/{id}/move")
	String move(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String slot,
			@RequestParam(required = false) String moveDate, @RequestParam(defaultValue = "false") boolean anyway,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Dates.SlotChoice choice = Dates.SlotChoice.parse(slot);
		if (choice == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, moveDate, "Choose one of the free times offered.", http, model);
		}
		List<String> wouldBreak = scheduling.seriesProblemsIfMoved(id, choice.start());
		if (!wouldBreak.isEmpty() && !anyway) {
			// The coordinator decides, knowing what breaks: nothing moves until they confirm.
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("confirmMove", slot);
			model.addAttribute("wouldBreak", wouldBreak);
			return page(id, moveDate, "Moving this visit there would break the series' protocol. Move it anyway only "
					+ "if the prescriber agrees.", http, model);
		}
		try {
			List<String> broken = scheduling.move(id, version, choice.start());
			redirect.addFlashAttribute("notice", "Moved. The person is told by text and e-mail, and the reminders "
					+ "follow the new time.");
			if (!broken.isEmpty()) {
				redirect.addFlashAttribute("warning", "The series no longer keeps the protocol: "
						+ String.join(" ", broken) + " Check with the prescriber, or move another visit.");
			}
		}
		catch (SlotTaken taken) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(id, moveDate, "That time was just taken by another booking: choose another.", http, model);
		}
		catch (ScheduleRefusal refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(id, moveDate, refused.getMessage(), http, model);
		}
		return "redirect:/staff/schedule/appointments/" + id;
	}

	@PostMapping("/staff/schedule/appointments/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "false") boolean byPerson,
			@RequestParam(defaultValue = "") String reason, HttpServletRequest http, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return change(id, http, response, model, redirect, "Cancelled. The person is told by text and e-mail.",
				() -> scheduling.cancel(id, version, byPerson, reason));
	}

	@PostMapping("/staff/schedule/appointments/{id}/check-in")
	String checkIn(@PathVariable long id, @RequestParam int version, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return change(id, http, response, model, redirect, "Checked in.", () -> scheduling.checkIn(id, version));
	}

	@PostMapping("/staff/schedule/appointments/{id}/no-show")
	String noShow(@PathVariable long id, @RequestParam int version, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return change(id, http, response, model, redirect, "Recorded as a no-show.",
				() -> scheduling.noShow(id, version));
	}

	@PostMapping("/staff/schedule/appointments/{id}/complete")
	String complete(@PathVariable long id, @RequestParam int version, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return change(id, http, response, model, redirect, "Completed.", () -> scheduling.complete(id, version));
	}

	private String change(long id, HttpServletRequest http, HttpServletResponse response, Model model,
			RedirectAttributes redirect, String done, Runnable work) {
		try {
			work.run();
		}
		catch (ScheduleRefusal refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(id, null, refused.getMessage(), http, model);
		}
		redirect.addFlashAttribute("notice", done);
		return "redirect:/staff/schedule/appointments/" + id;
	}

	private String page(long id, String moveDate, String problem, HttpServletRequest http, Model model) {
		AppointmentView appointment = calendars.appointment(id)
			.orElseThrow(() -> new SchedulingManagement.NoSuchAppointment(id));
		LocalDate day = Dates.dayOr(moveDate, clock, appointment.zone());
		List<FreeSlot> free = appointment.canChange() ? scheduling.search(new SlotSearch(appointment.type(),
				List.of(appointment.location()), day, day, java.util.Set.of(), TimeOfDay.ANY, null)) : List.of();
		model.addAttribute("page", pages.page(appointment.typeLabel() + " for " + appointment.personName(), http));
		model.addAttribute("appointment", appointment);
		model.addAttribute("moveDate", day);
		model.addAttribute("free", free.stream()
			.collect(java.util.stream.Collectors.toMap(FreeSlot::start, s -> s, (a, b) -> a, java.util.TreeMap::new))
			.values().stream().toList());
		model.addAttribute("seriesProblems", appointment.series() == null ? List.of()
				: scheduling.seriesProblems(appointment.series()));
		model.addAttribute("problem", problem);
		return "scheduling/appointment";
	}
}
