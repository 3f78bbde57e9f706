package org.ketamineclinic.outcomes.web;

import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.outcomes.CourseExport;
import org.ketamineclinic.outcomes.Dashboard;
import org.ketamineclinic.outcomes.OutcomeAnalytics;
import org.ketamineclinic.outcomes.Population;
import org.ketamineclinic.staff.StaffPages;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The managers' outcomes dashboard: the clinic's response and remission, with n, intervals and definitions. */
@Controller
class OutcomesController {

	private final OutcomeAnalytics analytics;

	private final StaffPages pages;

	private final CourseExport export;

	private final Locations locations;

	OutcomesController(OutcomeAnalytics analytics, StaffPages pages, CourseExport export, Locations locations) {
		this.locations = locations;
		this.export = export;
		this.analytics = analytics;
		this.pages = pages;
	}

	/**
	 * Every course as CSV; streamed, so a large clinic's history never sits in memory as text. The response becomes
	 * a download only once the courses are read: when the reports database cannot answer, the manager gets the page
	 * that says so, not a file holding it.
	 */
	@GetMapping("/staff/outcomes/courses.csv")
	void courses(@RequestParam(defaultValue = "false") boolean deidentified, HttpServletResponse response) {
		export.write(deidentified, () -> {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"outcomes-courses"
					+ (deidentified ? "-deidentified" : "") + ".csv\"");
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			return response.getWriter();
		});
	}

	@GetMapping("/staff/outcomes")
	String dashboard(HttpServletRequest http, Model model) {
		Dashboard dashboard = analytics.dashboard();
		model.addAttribute("page", pages.page("Outcomes", http));
		model.addAttribute("view", new DashboardView(dashboard,
				RateBars.of(dashboard.breakdowns().get(0).groups(), Population.INTENTION_TO_TREAT),
				SurvivalCurve.of(dashboard.timeToResponse()), clinicsZone()));
		return "outcomes/dashboard";
	}

	/** The clinics share one zone (Washington State); the first clinic's, or UTC on a platform without clinics. */
	private ZoneId clinicsZone() {
		return locations.all().stream().map(Location::zone).findFirst().orElse(ZoneOffset.UTC);
	}
}
