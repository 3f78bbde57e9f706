package org.ketamineclinic.assessment.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.assessment.AssessmentHistory;
import org.ketamineclinic.assessment.Trend;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.staff.StaffPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A patient's questionnaires over time: the PHQ-9 and GAD-7 trend with response, remission and the infusions. */
@Controller
class AssessmentController {

	private final AssessmentHistory history;

	private final PatientManagement patients;

	private final StaffPages pages;

	AssessmentController(AssessmentHistory history, PatientManagement patients, StaffPages pages) {
		this.history = history;
		this.patients = patients;
		this.pages = pages;
	}

	@GetMapping("/staff/assessment/patients/{id}")
	String trend(@PathVariable long id, HttpServletRequest http, Model model) {
		var patient = patients.summary(id);
		Trend trend = history.trend(id);
		ZoneId zone = patient.zone();
		model.addAttribute("page", pages.page("Questionnaires · " + patient.name(), http));
		model.addAttribute("patient", patient);
		model.addAttribute("trend", trend);
		model.addAttribute("chart", TrendChart.of(trend));
		model.addAttribute("dates", DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US).withZone(zone));
		return "assessment/patient";
	}
}
