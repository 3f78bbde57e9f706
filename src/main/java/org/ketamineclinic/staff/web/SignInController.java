package org.ketamineclinic.staff.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.ketamineclinic.staff.StaffPages;
import org.ketamineclinic.staff.StaffPrincipal;
import org.ketamineclinic.staff.StaffSignIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Signing in: e-mail and password first, then the authenticator code (or a recovery code). */
@Controller
class SignInController {

	static final String TYPED_EMAIL = "clinic.staff.typedEmail";

	private static final Map<String, String> NOTICES = Map.of(
			"error", "That e-mail address and password do not match an account. Check them and try again.",
			"signed-out", "You are signed out.",
			"password-changed", "Your password was changed, and you were signed out everywhere. Sign in with the new one.",
			"timeout", "You were signed out after a while without activity, to protect patients' privacy.",
			"expired", "Your session reached its time limit. Please sign in again.",
			"ended", "Your session was ended (your account was changed, or you signed out everywhere).");

	private final StaffPages pages;

	private final StaffSignIn signIn;

	private final SecondFactorSignIn secondFactor;

	SignInController(StaffPages pages, StaffSignIn signIn, SecondFactorSignIn secondFactor) {
		this.pages = pages;
		this.signIn = signIn;
		this.secondFactor = secondFactor;
	}

	@GetMapping(StaffSecurityConfiguration.SIGN_IN)
	String showSignIn(HttpServletRequest request, Model model) {
		String notice = NOTICES.entrySet()
			.stream()
			.filter(e -> request.getParameter(e.getKey()) != null)
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
		String wait = request.getParameter("wait");
		if (wait != null && wait.matches("\\d{1,3}")) {
			notice = "Too many attempts. For your account's safety, wait " + wait + " minute"
					+ ("1".equals(wait) ? "" : "s") + " before trying again.";
		}
		HttpSession session = request.getSession(false);
		Object typed = session == null ? null : session.getAttribute(TYPED_EMAIL);
		if (session != null) {
			session.removeAttribute(TYPED_EMAIL);
		}
		model.addAttribute("page", pages.plain("Sign in", request));
		model.addAttribute("notice", notice);
		model.addAttribute("problem", request.getParameter("error") != null || wait != null);
		model.addAttribute("email", typed instanceof String email ? email : "");
		return "staff/sign-in";
	}

	@GetMapping(StaffSecurityConfiguration.CODE)
	String showCode(HttpServletRequest request, Model model) {
		return codePage(request, model, false);
	}

	@PostMapping(StaffSecurityConfiguration.CODE)
	String submitCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		long id = currentId();
		var wait = signIn.codeWait(id, request.getRemoteAddr());
		if (wait.isPresent()) {
			signIn.codeThrottled(id);
			return "redirect:" + StaffSecurityConfiguration.CODE + "?wait=" + SignInThrottleFilter.minutes(wait.get());
		}
		if (!signIn.verifyCode(id, code, request.getRemoteAddr())) {
			return codePage(request, model, true);
		}
		secondFactor.complete(request, response);
		return null;
	}

	@GetMapping("/staff/sign-in/recovery")
	String showRecovery(HttpServletRequest request, Model model) {
		return recoveryPage(request, model, false);
	}

	@PostMapping("/staff/sign-in/recovery")
	String submitRecovery(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		long id = currentId();
		var wait = signIn.codeWait(id, request.getRemoteAddr());
		if (wait.isPresent()) {
			signIn.codeThrottled(id);
			return "redirect:/staff/sign-in/recovery?wait=" + SignInThrottleFilter.minutes(wait.get());
		}
		if (!signIn.useRecoveryCode(id, code, request.getRemoteAddr())) {
			return recoveryPage(request, model, true);
		}
		secondFactor.complete(request, response);
		return null;
	}

	private String codePage(HttpServletRequest request, Model model, boolean refused) {
		model.addAttribute("page", pages.plain("Enter your code", request));
		model.addAttribute("refused", refused);
		model.addAttribute("wait", waitParameter(request));
		return "staff/code";
	}

	private String recoveryPage(HttpServletRequest request, Model model, boolean refused) {
		model.addAttribute("page", pages.plain("Use a recovery code", request));
		model.addAttribute("refused", refused);
		model.addAttribute("wait", waitParameter(request));
		return "staff/recovery";
	}

	private static String waitParameter(HttpServletRequest request) {
		String wait = request.getParameter("wait");
		return wait != null && wait.matches("\\d{1,3}") ? wait : null;
	}

	private static long currentId() {
		return StaffPrincipal.current().orElseThrow().id();
	}
}
