package org.ketamineclinic.staff.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.staff.EnrolmentForm;
import org.ketamineclinic.staff.EnrolmentResult;
import org.ketamineclinic.staff.StaffEnrolment;
import org.ketamineclinic.staff.StaffPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page behind a one-time link: choose a password, enrol the authenticator app, see the recovery codes once.
 * The link's token is in the path, never in a query that proxies log; the page sends no referrer.
 */
@Controller
class WelcomeController {

	static final String RECOVERY_CODES = "clinic.staff.newRecoveryCodes";

	private final StaffEnrolment enrolment;

	private final StaffPages pages;

	private final SecondFactorSignIn secondFactor;

	WelcomeController(StaffEnrolment enrolment, StaffPages pages, SecondFactorSignIn secondFactor) {
		this.enrolment = enrolment;
		this.pages = pages;
		this.secondFactor = secondFactor;
	}

	@GetMapping("/staff/welcome/{token}")
	String showForm(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		model.addAttribute("page", pages.plain("Set up your account", request));
		response.setHeader("Referrer-Policy", "no-referrer");
		return enrolment.page(token).map(page -> {
			model.addAttribute("enrolment", page);
			return "staff/welcome";
		}).orElseGet(() -> {
			response.setStatus(HttpStatus.GONE.value());
			return "staff/link-gone";
		});
	}

	@PostMapping("/staff/welcome/{token}")
	String submitForm(@PathVariable String token, @ModelAttribute EnrolmentForm form, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		model.addAttribute("page", pages.plain("Set up your account", request));
		response.setHeader("Referrer-Policy", "no-referrer");
		EnrolmentResult result = enrolment.complete(token, form);
		if (result instanceof EnrolmentResult.Enrolled enrolled) {
			request.getSession().setAttribute(RECOVERY_CODES, List.copyOf(enrolled.recoveryCodes()));
			secondFactor.complete(SecondFactorSignIn.passwordProved(enrolled.principal()), request, response,
					"/staff/account/recovery-codes");
			return null;
		}
		if (result instanceof EnrolmentResult.Invalid invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("enrolment", invalid.page());
			return "staff/welcome";
		}
		response.setStatus(HttpStatus.GONE.value());
		return "staff/link-gone";
	}
}
