package org.ketamineclinic.scheduling.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.location.Locations;
import org.ketamineclinic.scheduling.CalendarFeeds;
import org.ketamineclinic.scheduling.Calendars;
import org.ketamineclinic.staff.StaffPages;
import org.ketamineclinic.staff.StaffPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff member's own schedule: their week, what comes next, and their calendar feed. */
@Controller
class MyScheduleController {

	private final Calendars calendars;

	private final CalendarFeeds feeds;

	private final Locations locations;

	private final StaffPages pages;

	private final Clock clock;

	MyScheduleController(Calendars calendars, CalendarFeeds feeds, Locations locations, StaffPages pages,
			Clock clock) {
		this.calendars = calendars;
		this.feeds = feeds;
		this.locations = locations;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/staff/schedule/mine")
	String mine(@RequestParam(required = false) String date, HttpServletRequest http, Model model) {
		long me = me();
		var zone = locations.all().get(0).zone();
		LocalDate day = Dates.dayOr(date, clock, zone);
		model.addAttribute("page", pages.page("My appointments", http));
		model.addAttribute("week", calendars.staffWeek(me, day, zone));
		model.addAttribute("weekOf", day.with(java.time.temporal.TemporalAdjusters.previousOrSame(
				java.time.DayOfWeek.MONDAY)));
		model.addAttribute("upcoming", calendars.upcomingFor(me, 10));
		model.addAttribute("hasFeed", feeds.hasFeed(me));
		return "scheduling/mine";
	}

	@PostMapping("/staff/schedule/mine/feed")
	String newFeed(RedirectAttributes redirect) {
		redirect.addFlashAttribute("feedUrl", feeds.renew(me()));
		return "redirect:/staff/schedule/mine";
	}

	@PostMapping("/staff/schedule/mine/feed/revoke")
	String revokeFeed(RedirectAttributes redirect) {
		feeds.revoke(me());
		redirect.addFlashAttribute("notice", "Your calendar feed is switched off: its address no longer works.");
		return "redirect:/staff/schedule/mine";
	}

	private static long me() {
		return StaffPrincipal.current().orElseThrow().id();
	}
}
