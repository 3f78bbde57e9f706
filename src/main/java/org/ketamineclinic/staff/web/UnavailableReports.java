package org.ketamineclinic.staff.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.database.ReportsDatabase;
import org.ketamineclinic.database.ReportsUnavailable;
import org.ketamineclinic.staff.StaffPages;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A report whose database cannot answer (the read replica is down, or the report ran past its time limit): the
 * manager is told what happened and what to do, in the staff workspace, instead of a generic error. There is no
 * quiet fallback to the primary database: the replica is there to keep big reports off it. 503, so monitoring counts
 * these as the service's failure, not the person's.
 */
@ControllerAdvice
class UnavailableReports {

	private final StaffPages pages;

	private final ReportsDatabase reports;

	UnavailableReports(StaffPages pages, ReportsDatabase reports) {
		this.pages = pages;
		this.reports = reports;
	}

	@ExceptionHandler(ReportsUnavailable.class)
	ModelAndView unavailable(ReportsUnavailable unavailable, HttpServletRequest request) {
		// The same report again, with its choices (the weeks shown, a de-identified export).
		String again = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		var model = new ModelAndView("staff/report-unavailable", Map.of("page",
				pages.page("Report unavailable", request), "tooSlow", unavailable.tooSlow(), "replica",
				reports.replica(), "again", again));
		model.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return model;
	}
}
