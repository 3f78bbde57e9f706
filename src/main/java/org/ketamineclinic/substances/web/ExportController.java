package org.ketamineclinic.substances.web;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;

import org.ketamineclinic.location.Locations;
import org.ketamineclinic.substances.SubstanceRefusal;
import org.ketamineclinic.substances.SubstanceReports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The ledger for a period as CSV, for an inspector or the clinic's own review. */
@Controller
class ExportController {

	private final SubstanceReports reports;

	private final Locations locations;

	ExportController(SubstanceReports reports, Locations locations) {
		this.reports = reports;
		this.locations = locations;
	}

	@GetMapping("/staff/controlled-substances/export.csv")
	ResponseEntity<String> export(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to) {
		LocalDate start;
		LocalDate end;
		try {
			start = LocalDate.parse(from);
			end = LocalDate.parse(to);
		}
		catch (DateTimeException ex) {
			return problem("Give the period as two dates, from and to (YYYY-MM-DD).");
		}
		String csv;
		try {
			// The clinics share one time zone today; days are taken in the first clinic's.
			csv = reports.exportCsv(start, end, locations.all().get(0).zone());
		}
		catch (SubstanceRefusal ex) {
			return problem(ex.getMessage());
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("controlled-substances-" + start + "-to-" + end + ".csv")
				.build()
				.toString())
			.body(csv);
	}

	private static ResponseEntity<String> problem(String message) {
		return ResponseEntity.unprocessableContent().contentType(MediaType.TEXT_PLAIN).body(message);
	}
}
