package org.ketamineclinic.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.stereotype.Component;

/**
 * The words of confirmations and reminders. Texts name the clinic and the time and nothing about anyone's health
 * (DOMAIN.md §6): an infusion is "your visit", a consultation "your free consultation". Only the first reminder of
 * an infusion carries the configured pre-visit instructions.
 */
@Component
class AppointmentTexts {

	private final SiteSettings site;

	private final SchedulingProperties properties;

	AppointmentTexts(SiteSettings site, SchedulingProperties properties) {
		this.site = site;
		this.properties = properties;
	}

	String what(AppointmentType type, AppointmentMode mode) {
		if (type == AppointmentType.CONSULTATION) {
			return mode == AppointmentMode.PHONE ? "free consultation call" : mode == AppointmentMode.VIDEO
					? "free video consultation" : "free consultation";
		}
		return "visit";
	}

	String where(AppointmentMode mode, Location clinic) {
		return mode == AppointmentMode.IN_PERSON ? " at our " + clinic.title() + " clinic" : "";
	}

	String bookedSms(AppointmentType type, AppointmentMode mode, Location clinic, Instant start) {
		return site.brandName() + ": your " + what(type, mode) + where(mode, clinic) + " is booked for "
				+ When.of(start, clinic.zone()) + ". Reply R to reschedule.";
	}

	String seriesBookedSms(int visits, List<Location> clinics, Instant first) {
		String where = clinics.size() == 1 ? "our " + clinics.get(0).title() + " clinic"
				: "our " + String.join(" and ", clinics.stream().map(Location::title).toList()) + " clinics";
		return site.brandName() + ": your " + visits + " visits at " + where + " are booked, the first on "
				+ When.of(first, clinics.get(0).zone()) + ". We will remind you before each. Reply R to reschedule.";
	}

	/**
	 * @param start  when
	 * @param clinic where
	 */
	record Visit(Instant start, Location clinic) {
	}

	String movedSms(AppointmentType type, AppointmentMode mode, Location clinic, Instant start) {
		return site.brandName() + ": your " + what(type, mode) + where(mode, clinic) + " has moved to "
				+ When.of(start, clinic.zone()) + ". Reply R if that does not suit you.";
	}

	String cancelledSms(AppointmentType type, AppointmentMode mode, Location clinic, Instant start) {
		return site.brandName() + ": your " + what(type, mode) + " on " + When.of(start, clinic.zone())
				+ " is cancelled. Call " + site.mainPhoneDisplay() + " to book again.";
	}

	String reminderSms(AppointmentType type, AppointmentMode mode, Location clinic, Instant start, boolean first) {
		String text = site.brandName() + ": reminder of your " + what(type, mode) + where(mode, clinic) + " on "
				+ When.of(start, clinic.zone()) + ".";
		if (first && type.isInfusion() && !properties.infusionInstructions().isBlank()) {
			text += " " + properties.infusionInstructions();
		}
		return text + " Reply C to confirm, R to reschedule.";
	}

	String confirmedReply(Instant start, ZoneId zone) {
		return site.brandName() + ": thank you, see you on " + When.of(start, zone) + ".";
	}

	String rescheduleReply() {
		return site.brandName() + ": thank you, a coordinator will contact you to find a new time. Or call "
				+ site.mainPhoneDisplay() + ".";
	}

	String emailSubject(int visits) {
		return visits == 1 ? "Your appointment with " + site.brandName()
				: "Your " + visits + " appointments with " + site.brandName();
	}

	/** The e-mail: times and place, what to bring, how to change; the .ics is attached. */
	String emailBody(String firstName, List<Visit> visits, AppointmentType type, AppointmentMode mode) {
		StringBuilder body = new StringBuilder("Hello " + firstName + ",\n\n");
		body.append(visits.size() == 1 ? "Your " + what(type, mode) + " is booked:\n\n"
				: "Your " + visits.size() + " visits are booked:\n\n");
		List<Location> clinics = visits.stream().map(Visit::clinic).distinct().toList();
		for (Visit visit : visits) {
			body.append("  • ").append(When.of(visit.start(), visit.clinic().zone()));
			if (clinics.size() > 1) {
				body.append(", ").append(visit.clinic().title());
			}
			body.append('\n');
		}
		if (mode == AppointmentMode.IN_PERSON) {
			body.append('\n');
			for (Location clinic : clinics) {
				body.append("Where: ").append(clinic.name()).append(", ").append(clinic.address().oneLine())
					.append('\n');
			}
		}
		else {
			body.append("\nWe will ").append(mode == AppointmentMode.PHONE ? "call you" : "send you the video link")
				.append(" at that time.\n");
		}
		if (type.isInfusion() && !properties.infusionInstructions().isBlank()) {
			body.append("\nBefore each visit: ").append(properties.infusionInstructions()).append('\n');
		}
		body.append("\nThe attached calendar file adds ").append(visits.size() == 1 ? "it" : "them")
			.append(" to your calendar. To change a time, call us at ").append(site.mainPhoneDisplay())
			.append(".\n\n").append(site.brandName()).append('\n');
		return body.toString();
	}
}
