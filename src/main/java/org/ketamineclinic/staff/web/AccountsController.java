package org.ketamineclinic.staff.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.staff.InvitationResult;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffPages;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/** Administrators manage staff accounts: invite, change roles, disable or enable, reset an authenticator. */
@Controller
class AccountsController {

	private final StaffManagement management;

	private final StaffPages pages;

	AccountsController(StaffManagement management, StaffPages pages) {
		this.management = management;
		this.pages = pages;
	}

	@GetMapping("/staff/accounts")
	String list(HttpServletRequest request, Model model) {
		return listPage(request, model, new InviteForm("", "", List.of()), null, null);
	}

	@PostMapping("/staff/accounts")
	String invite(InviteForm form, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		var result = management.invite(form.email(), form.name(), roles(form.roles()));
		if (result instanceof InvitationResult.Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return listPage(request, model, form, refused.field(), refused.message());
		}
		var invited = (InvitationResult.Invited) result;
		redirect.addFlashAttribute("notice", invited.mailed() ? "Invitation sent to " + form.email().strip() + "."
				: "The account was created, but the invitation e-mail could not be sent. Use \"Send a new link\" "
						+ "once e-mail works again.");
		return "redirect:/staff/accounts";
	}

	@PostMapping("/staff/accounts/{id}/roles")
	String changeRoles(@PathVariable long id, @RequestParam(required = false) List<String> roles,
			RedirectAttributes redirect) {
		return act(redirect, "Roles changed. The person signs in again to use them.",
				() -> management.changeRoles(id, roles(roles)));
	}

	@PostMapping("/staff/accounts/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "Account disabled; its sessions have ended.", () -> management.disable(id));
	}

	@PostMapping("/staff/accounts/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "Account enabled.", () -> management.enable(id));
	}

	@PostMapping("/staff/accounts/{id}/reset-mfa")
	String resetMfa(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "Authenticator reset. The person was e-mailed a link to set up a new one.",
				() -> management.resetMfa(id));
	}

	@PostMapping("/staff/accounts/{id}/reset-sign-in")
	String resetSignIn(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "Password and authenticator reset. The person was e-mailed a link to set both up again.",
				() -> management.resetSignIn(id));
	}

	@PostMapping("/staff/accounts/{id}/resend")
	String resend(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "A new link was sent.", () -> {
			if (!management.resendInvitation(id)) {
				throw new IllegalStateException("No new link was sent: the account is not waiting for set-up, "
						+ "or the e-mail could not be sent.");
			}
		});
	}

	private String act(RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (StaffManagement.NoSuchStaffMember ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/staff/accounts";
	}

	private String listPage(HttpServletRequest request, Model model, InviteForm form, String errorField,
			String error) {
		model.addAttribute("page", pages.page("Staff accounts", request));
		model.addAttribute("members", management.members());
		model.addAttribute("roles", List.of(StaffRole.values()));
		model.addAttribute("form", form);
		model.addAttribute("errorField", errorField);
		model.addAttribute("error", error);
		return "staff/accounts";
	}

	private static Set<StaffRole> roles(List<String> names) {
		Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
		if (names != null) {
			for (String name : names) {
				try {
					roles.add(StaffRole.valueOf(name));
				}
				catch (IllegalArgumentException ex) {
					// An unknown role from a tampered form grants nothing.
				}
			}
		}
		return roles;
	}
}
