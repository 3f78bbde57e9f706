package org.ketamineclinic.patient.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.patient.ChartRefusal;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.patient.StoredDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Documents on the chart: uploaded (checked by content in the patient module) and downloaded as attachments, never
 * displayed inline, so that a file cannot run as a page of this site.
 */
@Controller
class DocumentController {

	private final PatientManagement patients;

	private final ChartController chart;

	DocumentController(PatientManagement patients, ChartController chart) {
		this.patients = patients;
		this.chart = chart;
	}

	@PostMapping("/staff/patients/{id}/documents")
	String upload(@PathVariable long id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String title, @RequestParam(required = false) MultipartFile file,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return chart.change(id, "document", "Document added to the chart.", http, response, model, redirect, () -> {
			try {
				patients.entries().uploadDocument(id, kind, title, file == null ? null : file.getOriginalFilename(),
						file == null ? null : file.getBytes());
			}
			catch (IOException e) {
				throw new ChartRefusal("file", "The file did not arrive whole: upload it again.");
			}
		});
	}

	@GetMapping("/staff/patients/{id}/documents/{document}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long document) {
		StoredDocument stored = patients.entries().document(id, document);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(stored.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(stored.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(stored.content());
	}
}
