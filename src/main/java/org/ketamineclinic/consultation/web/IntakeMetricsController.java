package org.ketamineclinic.consultation.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import tools.jackson.databind.json.JsonMapper;

import org.ketamineclinic.consultation.IntakeMetricsView;
import org.ketamineclinic.consultation.IntakeReports;
import org.ketamineclinic.consultation.LocationResponses;
import org.ketamineclinic.consultation.WeeklyResponse;
import org.ketamineclinic.staff.StaffPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Intake metrics for care coordinators and clinic managers: volumes, time to first contact and the funnel, as tables
 * (the content) and a chart drawn from the same figures (a picture of the tables, for those who can see it).
 */
@Controller
class IntakeMetricsController {

	private static final List<Integer> WEEK_CHOICES = List.of(4, 8, 12, 26, 52);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

	private final JsonMapper json = JsonMapper.builder().build();

	private final IntakeReports reports;

	private final StaffPages pages;

	private final ResourceUrlProvider resources;

	IntakeMetricsController(IntakeReports reports, StaffPages pages, ResourceUrlProvider resources) {
		this.reports = reports;
		this.pages = pages;
		this.resources = resources;
	}

	@GetMapping("/staff/metrics/intake")
	String metrics(@RequestParam(required = false) String weeks, HttpServletRequest request, Model model) {
		IntakeMetricsView metrics = reports.intakeMetrics(weeks(weeks));
		var choices = new TreeSet<>(WEEK_CHOICES);
		choices.add(metrics.weeks());
		model.addAttribute("page", pages.page("Intake metrics", request));
		model.addAttribute("metrics", metrics);
		model.addAttribute("weekChoices", List.copyOf(choices));
		model.addAttribute("period", DAY.format(metrics.firstDay()) + " to " + DAY.format(metrics.lastDay()));
		List<LocationResponses> charted = metrics.locations().stream().filter(l -> l.period().contacted() > 0)
			.toList();
		model.addAttribute("chartJson", charted.isEmpty() ? null : chartJson(metrics, charted));
		model.addAttribute("chartSummary", summary(metrics, charted));
		model.addAttribute("chartLibraryUrl", url("/webjars/chart.js/dist/chart.umd.min.js"));
		model.addAttribute("chartScriptUrl", url("/js/intake-metrics.js"));
		return "consultation/metrics";
	}

	/** The number of weeks asked for; anything unreadable is the default, and the service keeps it in range. */
	static int weeks(String text) {
		if (text == null || !text.strip().matches("\\d{1,3}")) {
			return IntakeReports.DEFAULT_WEEKS;
		}
		return Integer.parseInt(text.strip());
	}

	/** The chart's data, safe inside a script element: no "<" can end it. */
	private String chartJson(IntakeMetricsView metrics, List<LocationResponses> charted) {
		var data = new LinkedHashMap<String, Object>();
		List<WeeklyResponse> anyWeeks = metrics.locations().get(0).weeks();
		data.put("labels", anyWeeks.stream().map(WeeklyResponse::shortLabel).toList());
		data.put("weeks", anyWeeks.stream().map(WeeklyResponse::days).toList());
		data.put("targetMinutes", metrics.target().toMinutes());
		data.put("targetLabel", "Target (" + metrics.targetText() + ")");
		List<Map<String, Object>> series = new ArrayList<>();
		for (LocationResponses location : charted) {
			var one = new LinkedHashMap<String, Object>();
			one.put("name", location.name());
			// A week without contacts has no median: null leaves a gap rather than a misleading zero.
			one.put("minutes", location.weeks().stream().map(w -> w.figures().medianMinutes()).toList());
			series.add(one);
		}
		data.put("series", series);
		return json.writeValueAsString(data).replace("<", "\\u003c");
	}

	/** What the chart shows, in words, for its accessible name. */
	private String summary(IntakeMetricsView metrics, List<LocationResponses> charted) {
		if (charted.isEmpty()) {
			return "";
		}
		var text = new StringBuilder("Line chart of the weekly median time to first contact, in opening hours, from ")
			.append(DAY.format(metrics.firstDay())).append(" to ").append(DAY.format(metrics.lastDay()))
			.append(". Over the whole period the median was ");
		List<String> parts = charted.stream()
			.map(l -> l.period().medianText() + " for " + l.name())
			.toList();
		text.append(String.join(", ", parts)).append("; the target is ").append(metrics.targetText())
			.append(". The tables give every week's figures.");
		return text.toString();
	}

	private String url(String path) {
		String versioned = resources.getForLookupPath(path);
		return versioned == null ? path : versioned;
	}
}
