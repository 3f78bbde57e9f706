package org.ketamineclinic.staff.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffPages;
import org.ketamineclinic.staff.StaffPrincipal;
import org.ketamineclinic.staff.StaffProperties;
import org.ketamineclinic.staff.StaffSignIn;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A staff member's own account: recovery codes, and signing out on every device. */
@Controller
class OwnAccountController {

	private final StaffPages pages;

	private final StaffSignIn signIn;

	private final StaffManagement management;

	private final StaffProperties properties;

	OwnAccountController(StaffPages pages, StaffSignIn signIn, StaffManagement management,
			StaffProperties properties) {
		this.properties = properties;
		this.pages = pages;
		this.signIn = signIn;
		this.management = management;
	}

	@GetMapping("/staff/account")
	String show(HttpServletRequest request, Model model) {
		var user = StaffPrincipal.current().orElseThrow();
		model.addAttribute("page", pages.page("My account", request));
		model.addAttribute("member", management.member(user.id()).orElseThrow());
		model.addAttribute("recoveryCodesLeft", signIn.recoveryCodesLeft(user.id()));
		model.addAttribute("minimumPasswordLength", properties.minimumPasswordLength());
		return "staff/account";
	}

	/** New recovery codes are shown once, right after they were made; a reload shows nothing secret. */
	@GetMapping("/staff/account/recovery-codes")
	String showRecoveryCodes(HttpServletRequest request, HttpSession session, Model model) {
		Object codes = session.getAttribute(WelcomeController.RECOVERY_CODES);
		session.removeAttribute(WelcomeController.RECOVERY_CODES);
		model.addAttribute("page", pages.page("Your recovery codes", request));
		model.addAttribute("codes", codes instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of());
		return "staff/recovery-codes";
	}

	@PostMapping("/staff/account/recovery-codes")
	String renewRecoveryCodes(HttpSession session) {
		var user = StaffPrincipal.current().orElseThrow();
		session.setAttribute(WelcomeController.RECOVERY_CODES, signIn.renewRecoveryCodes(user.id()));
		return "redirect:/staff/account/recovery-codes";
	}

	@PostMapping("/staff/account/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String newPasswordAgain,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		var user = StaffPrincipal.current().orElseThrow();
		var problems = signIn.changePassword(user.id(), currentPassword, newPassword, newPasswordAgain);
		if (problems.isEmpty()) {
			return "redirect:/staff/sign-in?password-changed";
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("passwordProblems", problems);
		return show(request, model);
	}

	@PostMapping("/staff/account/sign-out-everywhere")
	String signOutEverywhere() {
		management.signOutEverywhere(StaffPrincipal.current().orElseThrow().id());
		return "redirect:/staff/sign-in?ended";
	}
}
