package org.ketamineclinic.staff.web;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.staff.StaffPages;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The workspace's front page, and the "stay signed in" answer of the idle dialog. */
@Controller
class StaffHomeController {

	private final StaffPages pages;

	StaffHomeController(StaffPages pages) {
		this.pages = pages;
	}

	@GetMapping("/staff")
	String home(HttpServletRequest request, Model model) {
		model.addAttribute("page", pages.page("Staff workspace", request));
		return "staff/home";
	}

	/** The person clicked "stay signed in": this request itself counts as activity (see SessionGuard). */
	@PostMapping("/staff/session/keep-alive")
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}
}
