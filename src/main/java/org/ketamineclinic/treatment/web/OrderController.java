package org.ketamineclinic.treatment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.staff.StaffPages;
import org.ketamineclinic.staff.StaffPrincipal;
import org.ketamineclinic.treatment.DoseCalculation;
import org.ketamineclinic.treatment.DoseRefusal;
import org.ketamineclinic.treatment.OrderEntry;
import org.ketamineclinic.treatment.OrderManagement;
import org.ketamineclinic.treatment.TreatmentProperties;
import org.ketamineclinic.treatment.TreatmentRefusal;
import org.ketamineclinic.web.RefusedForm;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The prescriber's order: the form proposes the clinic's protocol, "Work out the dose" shows mg, mL and the pump rate
 * from the weight on the chart with every step written out, and signing takes the prescriber's authenticator code.
 */
@Controller
class OrderController {

	private final OrderManagement orders;

	private final PatientManagement patients;

	private final TreatmentProperties settings;

	private final StaffPages pages;

	OrderController(OrderManagement orders, PatientManagement patients, TreatmentProperties settings,
			StaffPages pages) {
		this.orders = orders;
		this.patients = patients;
		this.settings = settings;
		this.pages = pages;
	}

	@GetMapping("/staff/treatment/patients/{id}/orders/new")
	String showForm(@PathVariable long id, HttpServletRequest http, Model model) {
		return page(id, orders.defaults(), null, RefusedForm.NONE, http, model);
	}

	@PostMapping(path = "/staff/treatment/patients/{id}/orders", params = "preview")
	String preview(@PathVariable long id, @ModelAttribute OrderEntry entry, HttpServletRequest http,
			HttpServletResponse response, Model model) {
		try {
			return page(id, entry, orders.preview(id, entry), RefusedForm.NONE, http, model);
		}
		catch (TreatmentRefusal refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, entry, null, RefusedForm.of("order", refused.problems(), http), http, model);
		}
		catch (DoseRefusal refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, entry, null, RefusedForm.of("order", java.util.Map.of("mgPerKg", refused.getMessage()),
					http), http, model);
		}
	}

	@PostMapping(path = "/staff/treatment/patients/{id}/orders", params = "!preview")
	String sign(@PathVariable long id, @ModelAttribute OrderEntry entry,
			@RequestParam(defaultValue = "") String prescriberCode, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		long me = StaffPrincipal.current().orElseThrow().id();
		return Outcome.of("order", () -> orders.sign(id, entry, me, prescriberCode),
				order -> "/staff/treatment/patients/" + id, "Order signed.",
				form -> page(id, entry, previewOrNull(id, entry), form, http, model), http, response, redirect);
	}

	@PostMapping("/staff/treatment/orders/{order}/discontinue")
	String discontinue(@PathVariable long order, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		long patient = orders.order(order).patientId();
		try {
			orders.discontinue(order, reason);
			redirect.addFlashAttribute("notice", "Order discontinued. No infusion starts under it.");
		}
		catch (TreatmentRefusal refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/staff/treatment/patients/" + patient;
	}

	private DoseCalculation previewOrNull(long id, OrderEntry entry) {
		try {
			return orders.preview(id, entry);
		}
		catch (TreatmentRefusal | DoseRefusal refused) {
			return null;
		}
	}

	private String page(long id, OrderEntry entry, DoseCalculation calculation, RefusedForm form,
			HttpServletRequest http, Model model) {
		var patient = patients.summary(id);
		model.addAttribute("page", pages.page("Order · " + patient.name(), http));
		model.addAttribute("patient", patient);
		model.addAttribute("entry", entry);
		model.addAttribute("calculation", calculation);
		model.addAttribute("ceiling", settings.dose().ceilingMgPerKg().toPlainString());
		model.addAttribute("form", form);
		return "treatment/order-form";
	}
}
