package org.ketamineclinic.treatment.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.treatment.DischargeEntry;
import org.ketamineclinic.treatment.InfusionControl;
import org.ketamineclinic.treatment.InfusionDischarge;
import org.ketamineclinic.treatment.InfusionMonitoring;
import org.ketamineclinic.treatment.VitalAlert;
import org.ketamineclinic.treatment.VitalsEntry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The running infusion and after, on the session screen: vitals, alerts, events, discharge, signature, addenda. */
@Controller
class MonitoringController {

	private final InfusionMonitoring monitoring;

	private final InfusionControl control;

	private final InfusionDischarge discharging;

	private final SessionController screen;

	MonitoringController(InfusionMonitoring monitoring, InfusionControl control, InfusionDischarge discharging,
			SessionController screen) {
		this.monitoring = monitoring;
		this.control = control;
		this.discharging = discharging;
		this.screen = screen;
	}

	@PostMapping("/staff/treatment/sessions/{id}/vitals")
	String vitals(@PathVariable long id, @ModelAttribute VitalsEntry entry, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		java.util.List<VitalAlert> raised = new java.util.ArrayList<>();
		String result = Outcome.of("vitals", () -> raised.addAll(monitoring.recordVitals(id, entry)),
				"Vitals recorded.", SessionController.back(id), form -> screen.page(id, form, http, model), http,
				response, redirect);
		if (!raised.isEmpty()) {
			redirect.addFlashAttribute("notice", null);
			redirect.addFlashAttribute("alarm", "Alert: " + String.join(" ", raised.stream()
				.map(VitalAlert::message).toList()) + " Acknowledge it with what you did.");
		}
		return result;
	}

	@PostMapping("/staff/treatment/sessions/{id}/alerts/{alert}/acknowledge")
	String acknowledge(@PathVariable long id, @PathVariable long alert, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") String note, HttpServletRequest http, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return run("acknowledge-" + alert, () -> monitoring.acknowledge(id, alert, action, note),
				"Alert acknowledged.", id, http, response, model, redirect);
	}

	@PostMapping("/staff/treatment/sessions/{id}/pause")
	String pause(@PathVariable long id, @RequestParam(defaultValue = "") String reason, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return run("pause", () -> control.pause(id, reason), "Infusion paused.", id, http, response, model,
				redirect);
	}

	@PostMapping("/staff/treatment/sessions/{id}/resume")
	String resume(@PathVariable long id, HttpServletRequest http, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return run("pause", () -> control.resume(id), "Infusion resumed.", id, http, response, model, redirect);
	}

	@PostMapping("/staff/treatment/sessions/{id}/rate")
	String rate(@PathVariable long id, @RequestParam(defaultValue = "") String rate,
			@RequestParam(defaultValue = "") String reason, HttpServletRequest http, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return run("rate", () -> control.changeRate(id, rate, reason), "Rate change recorded.", id, http,
				response, model, redirect);
	}

	@PostMapping("/staff/treatment/sessions/{id}/complete")
	String complete(@PathVariable long id, @RequestParam int version, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return run("complete", () -> control.complete(id, version),
				"Infusion complete. Vitals every 15 minutes until discharge.", id, http, response, model, redirect);
	}

	@PostMapping("/staff/treatment/sessions/{id}/stop")
	String stop(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String administeredMg, @RequestParam(required = false) Long witness,
			@RequestParam(defaultValue = "") String witnessCode, @RequestParam(defaultValue = "") String wasteHow,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return run("stop", () -> control.stop(id, version, reason, administeredMg, witness, witnessCode, wasteHow),
				"Infusion stopped; what was not given is logged as wasted.", id, http, response, model, redirect);
	}

	@PostMapping("/staff/treatment/sessions/{id}/adverse-event")
	String adverseEvent(@PathVariable long id, @RequestParam(defaultValue = "") String eventType,
			@RequestParam(defaultValue = "") String eventSeverity, @RequestParam(defaultValue = "") String eventAction,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return run("adverse", () -> monitoring.adverseEvent(id, eventType, eventSeverity, eventAction),
				"Adverse event recorded.", id, http, response, model, redirect);
	}

	@PostMapping("/staff/treatment/sessions/{id}/cadss")
	String cadss(@PathVariable long id, @RequestParam int version, @RequestParam Map<String, String> scores,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return run("cadss", () -> discharging.scoreDissociation(id, version, scores), "Dissociation scored.", id, http,
				response, model, redirect);
	}

	@PostMapping("/staff/treatment/sessions/{id}/discharge")
	String discharge(@PathVariable long id, @RequestParam int version, @ModelAttribute DischargeEntry entry,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return run("discharge", () -> discharging.discharge(id, version, entry),
				"Discharged. Sign the record to lock it.", id, http, response, model, redirect);
	}

	@PostMapping("/staff/treatment/sessions/{id}/sign")
	String sign(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String signerCode,
			HttpServletRequest http, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return run("sign", () -> discharging.sign(id, version, signerCode),
				"Signed. The record is locked; corrections are addenda.", id, http, response, model, redirect);
	}

	@PostMapping("/staff/treatment/sessions/{id}/addenda")
	String addendum(@PathVariable long id, @RequestParam(defaultValue = "") String addendumReason,
			@RequestParam(defaultValue = "") String addendumText, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return run("addendum", () -> discharging.addendum(id, addendumReason, addendumText), "Addendum added.", id,
				http, response, model, redirect);
	}

	private String run(String form, Runnable work, String done, long id, HttpServletRequest http,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return Outcome.of(form, work, done, SessionController.back(id), refused -> screen.page(id, refused, http, model),
				http, response, redirect);
	}
}
