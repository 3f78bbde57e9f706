package org.ketamineclinic.substances.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.staff.AccountStatus;
import org.ketamineclinic.staff.StaffSignatures;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffRole;
import org.ketamineclinic.substances.SubstanceLedger;
import org.ketamineclinic.substances.SubstanceRefusal;
import org.ketamineclinic.substances.SubstanceReports;
import org.ketamineclinic.substances.VialHistory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/** One vial's history, and wasting what is left of a draw or of the vial before a witness. */
@Controller
class VialController {

	private final LedgerScreens screens;

	private final SubstanceReports reports;

	private final SubstanceLedger ledger;

	private final StaffManagement staff;

	private final StaffSignatures signatures;

	VialController(LedgerScreens screens, SubstanceReports reports, SubstanceLedger ledger, StaffManagement staff,
			StaffSignatures signatures) {
		this.signatures = signatures;
		this.screens = screens;
		this.reports = reports;
		this.ledger = ledger;
		this.staff = staff;
	}

	@GetMapping("/staff/controlled-substances/vials/{id}")
	String show(@PathVariable long id, HttpServletRequest http, Model model) {
		return page(id, WasteForm.blank(), Map.of(), http, model);
	}

	@PostMapping("/staff/controlled-substances/vials/{id}/waste")
	String waste(@PathVariable long id, @ModelAttribute WasteForm form, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		reports.vial(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var problems = new LinkedHashMap<String, String>();
		if (form.witnessId() == null || !form.witnessId().matches("\\d{1,18}")) {
			problems.put("witnessId", "Choose the colleague who watched.");
		}
		BigDecimal mg = null;
		if (!form.wholeVial()) {
			try {
				mg = new BigDecimal(form.mg().strip());
			}
			catch (NumberFormatException | NullPointerException ex) {
				problems.put("mg", "Give the amount wasted in mg.");
			}
		}
		if (problems.isEmpty()) {
			try {
				long me = LedgerScreens.me().id();
				long witness = Long.parseLong(form.witnessId());
				if (witness == me) {
					throw new SubstanceRefusal("The witness must be another person than the one wasting.");
				}
				// The witness signs with their own authenticator code: a name picked from a list proves nothing.
				signatures.sign(witness, form.witnessIdCode(), Set.of(StaffRole.NURSE, StaffRole.PRESCRIBER),
						"witnessId");
				if (form.wholeVial()) {
					ledger.wastedVial(id, form.how(), me, witness, true);
				}
				else {
					ledger.wasted(Long.parseLong(form.drawId()), mg, form.how(), me, witness, true);
				}
			}
			catch (StaffSignatures.Refused refused) {
				problems.put(refused.field(), refused.getMessage());
			}
			catch (SubstanceRefusal | NumberFormatException ex) {
				problems.put("form", ex instanceof SubstanceRefusal ? ex.getMessage() : "Choose the draw to waste from.");
			}
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, form, problems, http, model);
		}
		redirect.addFlashAttribute("notice", "Waste recorded with its witness.");
		return "redirect:/staff/controlled-substances/vials/" + id;
	}

	private String page(long id, WasteForm form, Map<String, String> problems, HttpServletRequest http, Model model) {
		VialHistory history = reports.history(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		screens.frame("Vial " + id, screens.clinic(history.vial().location()), http, model);
		model.addAttribute("history", history);
		model.addAttribute("waste", new FormView<>(form, problems));
		long me = LedgerScreens.me().id();
		model.addAttribute("witnesses", staff.members().stream()
			.filter(m -> m.id() != me && m.status() == AccountStatus.ACTIVE)
			.filter(m -> m.has(StaffRole.NURSE) || m.has(StaffRole.PRESCRIBER))
			.toList());
		return "substances/vial";
	}
}
