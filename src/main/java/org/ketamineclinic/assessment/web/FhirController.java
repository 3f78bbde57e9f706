package org.ketamineclinic.assessment.web;

import java.nio.charset.StandardCharsets;

import org.ketamineclinic.assessment.FhirBundle;
import org.ketamineclinic.assessment.FhirExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A patient's questionnaires as a FHIR R4 Bundle file, to send on to another clinic or a registry. The file is named
 * by medical record number, never by name, and is not kept in any cache on the way.
 */
@Controller
class FhirController {

	static final MediaType FHIR_JSON = new MediaType("application", "fhir+json", StandardCharsets.UTF_8);

	private final FhirExport export;

	FhirController(FhirExport export) {
		this.export = export;
	}

	@GetMapping("/staff/assessment/patients/{id}/fhir")
	ResponseEntity<byte[]> bundle(@PathVariable long id) {
		FhirBundle bundle = export.bundle(id);
		return ResponseEntity.ok()
			.contentType(FHIR_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("questionnaires-" + bundle.mrn() + ".fhir.json").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(bundle.json().getBytes(StandardCharsets.UTF_8));
	}
}
