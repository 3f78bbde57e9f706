package org.ketamineclinic.audit.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.AuditEntry;
import org.ketamineclinic.audit.AuditQuery;
import org.ketamineclinic.audit.AuditTrail;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffPages;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators read the audit trail, check its chain, and export it as CSV (the export is audited too). */
@Controller
class AuditController {

	private final AuditTrail trail;

	private final Auditor auditor;

	private final StaffManagement staff;

	private final StaffPages pages;

	private final TransactionTemplate transactions;

	AuditController(AuditTrail trail, Auditor auditor, StaffManagement staff, StaffPages pages,
			TransactionTemplate transactions) {
		this.trail = trail;
		this.auditor = auditor;
		this.staff = staff;
		this.pages = pages;
		this.transactions = transactions;
	}

	@GetMapping("/staff/audit")
	String show(HttpServletRequest request, Model model) {
		AuditQuery query = query(request);
		model.addAttribute("page", pages.page("Audit trail", request));
		model.addAttribute("result", trail.search(query));
		model.addAttribute("names", staff.names());
		model.addAttribute("members", staff.members());
		model.addAttribute("actions", Arrays.asList(AuditAction.values()));
		return "audit/trail";
	}

	@PostMapping("/staff/audit/verify")
	String verify(RedirectAttributes redirect) {
		var verification = trail.verify();
		if (verification.intact()) {
			redirect.addFlashAttribute("notice", "The chain is intact: all " + verification.rowsChecked()
					+ " rows match their hashes and links." + (verification.startsAfter() == 0 ? ""
							: " Rows up to " + verification.startsAfter() + " were removed after the retention period;"
									+ " the check starts from the anchor recorded when they were."));
		}
		else {
			redirect.addFlashAttribute("problem", "The chain is broken at row " + verification.firstBrokenId() + ": "
					+ verification.reason() + ". Rows from there on cannot be trusted; tell your security officer.");
		}
		return "redirect:/staff/audit";
	}

	/** The rows matching the filter as CSV; the export itself is recorded first, so it shows in what it exports. */
	@PostMapping("/staff/audit/export")
	void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
		AuditQuery query = query(request);
		String described = query.query();
		transactions.executeWithoutResult(status -> auditor.record(AuditAction.EXPORT, "audit-trail",
				described.length() > 64 ? described.substring(0, 64) : described, "audit"));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail-" + LocalDate.now() + ".csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		PrintWriter out = response.getWriter();
		out.println("id,occurred_at_utc,actor,actor_roles,action,subject_type,subject_id,data_category,source_ip,request_id");
		trail.export(query, entry -> out.println(csv(entry)));
		out.flush();
	}

	static String csv(AuditEntry e) {
		return String.join(",", Long.toString(e.id()), e.occurredAt().toString(), cell(e.actor()),
				cell(e.actorRoles()), e.action().name(), cell(e.subjectType()), cell(e.subjectId()),
				cell(e.dataCategory()), cell(e.sourceIp()), cell(e.requestId()));
	}

	/** Quotes every cell, and defuses cells a spreadsheet would run as a formula (CSV injection). */
	static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	static AuditQuery query(HttpServletRequest request) {
		int page;
		try {
			page = Integer.parseInt(request.getParameter("page") == null ? "1" : request.getParameter("page"));
		}
		catch (NumberFormatException ex) {
			page = 1;
		}
		String action = request.getParameter("action");
		boolean known = action != null && Arrays.stream(AuditAction.values()).anyMatch(a -> a.name().equals(action));
		return new AuditQuery(request.getParameter("actor"), request.getParameter("subjectType"),
				request.getParameter("subjectId"), known ? action : "", date(request.getParameter("from")),
				date(request.getParameter("to")), page);
	}

	private static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
