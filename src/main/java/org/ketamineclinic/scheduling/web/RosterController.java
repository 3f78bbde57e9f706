package org.ketamineclinic.scheduling.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.location.ClinicSpaces;
import org.ketamineclinic.location.Closure;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.scheduling.Roster;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffPages;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The roster for clinic managers: weekly shifts per clinic, and the days a clinic is closed. */
@Controller
class RosterController {

	private static final EnumSet<StaffRole> ROSTERED = EnumSet.of(StaffRole.INTAKE, StaffRole.NURSE,
			StaffRole.PRESCRIBER, StaffRole.THERAPIST);

	private final Roster roster;

	private final StaffManagement staff;

	private final Locations locations;

	private final ClinicSpaces spaces;

	private final StaffPages pages;

	RosterController(Roster roster, StaffManagement staff, Locations locations, ClinicSpaces spaces,
			StaffPages pages) {
		this.roster = roster;
		this.staff = staff;
		this.locations = locations;
		this.spaces = spaces;
		this.pages = pages;
	}

	@GetMapping("/staff/schedule/roster")
	String show(HttpServletRequest http, Model model) {
		return page(null, http, model);
	}

	@PostMapping("/staff/schedule/roster/shifts")
	String addShift(@RequestParam(defaultValue = "") String staffId, @RequestParam(defaultValue = "") String role,
			@RequestParam(defaultValue = "") String location, @RequestParam(defaultValue = "") String day,
			@RequestParam(defaultValue = "") String starts, @RequestParam(defaultValue = "") String ends,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			if (locations.bySlug(location).isEmpty() || !staffId.matches("\\d{1,18}")) {
				throw new Roster.RosterRefusal("Choose a person and a clinic.");
			}
			roster.add(Long.parseLong(staffId), StaffRole.valueOf(role), location, DayOfWeek.valueOf(day),
					LocalTime.parse(starts), LocalTime.parse(ends));
		}
		catch (Roster.RosterRefusal ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(ex.getMessage(), http, model);
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page("Choose a role and a weekday, and give the times as HH:MM.", http, model);
		}
		redirect.addFlashAttribute("notice", "Shift added.");
		return "redirect:/staff/schedule/roster";
	}

	@PostMapping("/staff/schedule/roster/shifts/{id}/delete")
	String removeShift(@PathVariable long id, RedirectAttributes redirect) {
		roster.remove(id);
		redirect.addFlashAttribute("notice", "Shift removed. Appointments already booked keep their staff.");
		return "redirect:/staff/schedule/roster";
	}

	@PostMapping("/staff/schedule/roster/closures")
	String close(@RequestParam(defaultValue = "") String location, @RequestParam(defaultValue = "") String date,
			@RequestParam(defaultValue = "") String reason, HttpServletRequest http, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		LocalDate day;
		try {
			day = LocalDate.parse(date);
		}
		catch (DateTimeException ex) {
			day = null;
		}
		if (locations.bySlug(location).isEmpty() || day == null || reason.isBlank() || reason.length() > 120) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page("Choose a clinic and a day, and say why it is closed (up to 120 characters).", http, model);
		}
		spaces.close(location, day, reason.strip());
		redirect.addFlashAttribute("notice", "Closure added. Appointments already booked that day stay booked: "
				+ "move them from the clinic's calendar.");
		return "redirect:/staff/schedule/roster";
	}

	@PostMapping("/staff/schedule/roster/closures/delete")
	String reopen(@RequestParam String location, @RequestParam String date, RedirectAttributes redirect) {
		try {
			spaces.reopen(location, LocalDate.parse(date));
		}
		catch (DateTimeException ex) {
			// Nothing to reopen.
		}
		redirect.addFlashAttribute("notice", "Closure removed.");
		return "redirect:/staff/schedule/roster";
	}

	private String page(String problem, HttpServletRequest http, Model model) {
		LocalDate today = LocalDate.now(locations.all().get(0).zone());
		List<Closure> closures = locations.all().stream()
			.flatMap(l -> spaces.closures(l.slug(), today, today.plusYears(1)).stream())
			.toList();
		model.addAttribute("page", pages.page("Roster", http));
		model.addAttribute("roster", new RosterView(roster.all(), staff.members().stream()
			.filter(m -> m.roles().stream().anyMatch(ROSTERED::contains)).toList(), staff.names(), locations.all(),
				List.copyOf(ROSTERED), closures));
		model.addAttribute("problem", problem);
		return "scheduling/roster";
	}
}
