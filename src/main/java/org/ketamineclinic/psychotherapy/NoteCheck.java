package org.ketamineclinic.psychotherapy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a typed note: every problem at once, in the form's order. Each kind of session needs its own part of the
 * note (preparation: intentions; dosing: set and setting, experience and observations; integration: the plan);
 * what belongs to another kind is not kept. A safety concern must say what it is, or a prescriber reading the flag
 * learns nothing. A note records a session that took place, so it cannot start in the future.
 */
final class NoteCheck {

	private final ZoneId zone;

	private final Instant now;

	private final PsychotherapyProperties settings;

	private final Map<String, String> problems = new LinkedHashMap<>();

	NoteCheck(ZoneId zone, Instant now, PsychotherapyProperties settings) {
		this.zone = zone;
		this.now = now;
		this.settings = settings;
	}

	/** The checked note; {@code kind} is the session's own (a draft keeps its kind), or null to read it. */
	CheckedNote check(NoteEntry entry, SessionKind kind) {
		SessionKind checkedKind = kind != null ? kind : SessionKind.parse(entry.kind());
		if (checkedKind == null) {
			problems.put("kind", "Choose the kind of session.");
		}
		Instant startsAt = start(entry.date(), entry.time());
		Integer minutes = duration(entry.durationMinutes());
		Long appointment = appointment(entry.appointmentId());
		boolean preparation = checkedKind == SessionKind.PREPARATION;
		boolean dosing = checkedKind == SessionKind.DOSING;
		boolean integration = checkedKind == SessionKind.INTEGRATION;
		String intentions = text("intentions", entry.intentions(), preparation, "the patient's intentions");
		String setting = text("setAndSetting", entry.setAndSetting(), dosing, "the set and setting");
		String experience = text("experience", entry.experience(), dosing, "what the patient experienced");
		String observations = text("observations", entry.observations(), dosing, "your observations");
		String plan = text("integrationPlan", entry.integrationPlan(), integration, "the integration plan");
		String risk = text("riskObservations", entry.riskObservations(), entry.safetyConcern(),
				"the risk you observed: a safety concern needs its reason");
		if (!problems.isEmpty()) {
			throw new NoteRefusal(problems);
		}
		var content = new NoteContent(preparation ? intentions : null, dosing ? setting : null,
				dosing ? experience : null, dosing ? observations : null, integration ? plan : null, risk,
				entry.safetyConcern());
		return new CheckedNote(checkedKind, startsAt, minutes, appointment, content);
	}

	private Instant start(String date, String time) {
		LocalDate day = null;
		LocalTime at = null;
		try {
			day = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
		}
		catch (DateTimeException e) {
			problems.put("date", "Enter the date as yyyy-mm-dd, for example 2026-03-27.");
		}
		try {
			at = time == null || time.isBlank() ? null : LocalTime.parse(time.strip());
		}
		catch (DateTimeException e) {
			problems.put("time", "Enter the time as hh:mm, for example 14:30.");
		}
		if (day == null && !problems.containsKey("date")) {
			problems.put("date", "Enter the date of the session.");
		}
		if (at == null && !problems.containsKey("time")) {
			problems.put("time", "Enter the time the session started.");
		}
		if (day == null || at == null) {
			return null;
		}
		Instant start = day.atTime(at).atZone(zone).toInstant();
		if (start.isAfter(now)) {
			problems.put("date", "The session is in the future: a note records a session that took place.");
		}
		return start;
	}

	private Integer duration(String text) {
		int max = settings.maxDurationMinutes();
		try {
			int minutes = Integer.parseInt(text == null ? "" : text.strip());
			if (minutes >= 1 && minutes <= max) {
				return minutes;
			}
			problems.put("durationMinutes", "A session of " + minutes + " minutes is outside 1–" + max
					+ " minutes: check the entry.");
		}
		catch (NumberFormatException e) {
			problems.put("durationMinutes", "Enter how long the session lasted, in whole minutes.");
		}
		return null;
	}

	private Long appointment(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			long id = Long.parseLong(text.strip());
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException e) {
			// Refused below, like a negative number.
		}
		problems.put("appointmentId", "Enter the appointment's number, or leave it empty.");
		return null;
	}

	private String text(String field, String value, boolean required, String label) {
		String text = value == null || value.isBlank() ? null : value.strip();
		if (text == null && required) {
			problems.put(field, "Enter " + label + ".");
		}
		else if (text != null && text.length() > settings.maxTextLength()) {
			problems.put(field, "This is too long: at most " + settings.maxTextLength() + " characters.");
		}
		return text;
	}
}
