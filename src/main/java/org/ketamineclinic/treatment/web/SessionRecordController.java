package org.ketamineclinic.treatment.web;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.treatment.InfusionSessions;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The signed infusion record as a PDF for the chart; printing is on the audit trail. */
@Controller
class SessionRecordController {

	private final InfusionSessions sessions;

	private final SiteSettings site;

	private final Auditor auditor;

	SessionRecordController(InfusionSessions sessions, SiteSettings site, Auditor auditor) {
		this.sessions = sessions;
		this.site = site;
		this.auditor = auditor;
	}

	@GetMapping("/staff/treatment/sessions/{id}/record.pdf")
	ResponseEntity<byte[]> record(@PathVariable long id) {
		var session = sessions.view(id);
		if (!session.signed()) {
			return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.TEXT_PLAIN)
				.body("The record prints once it is signed.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		auditor.record(AuditAction.PRINT, "patient", Long.toString(session.patientId()), "infusion-session:" + id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("infusion-record-" + id + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(InfusionRecordPdf.render(session, site.brandName()));
	}
}
