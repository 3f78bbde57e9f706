package org.ketamineclinic.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ketamineclinic.consultation.IntakeManagement;
import org.ketamineclinic.consultation.RequestContact;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.mail.OutgoingMail;
import org.ketamineclinic.messaging.MessagePurpose;
import org.ketamineclinic.messaging.Messaging;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.stereotype.Component;

/**
 * Tells the person about a booking, a move or a cancellation, by text (when they agreed to texts; the messaging
 * rules decide at sending time) and by e-mail with an .ics file, queued in the caller's transaction so nothing is
 * announced that was not booked. The .ics keeps one UID per appointment, with a higher sequence for each change, so
 * calendar apps update the entry instead of adding another.
 */
@Component
class Confirmations {

	private final Messaging messaging;

	private final AppointmentTexts texts;

	private final Locations locations;

	private final SiteSettings site;

	private final SchedulingProperties properties;

	private final Clock clock;

	Confirmations(Messaging messaging, AppointmentTexts texts, Locations locations, SiteSettings site,
			SchedulingProperties properties, Clock clock) {
		this.messaging = messaging;
		this.texts = texts;
		this.locations = locations;
		this.site = site;
		this.properties = properties;
		this.clock = clock;
	}

	void booked(RequestContact person, List<Appointment> booked) {
		Appointment first = booked.get(0);
		Location clinic = clinic(first);
		List<Location> clinics = booked.stream().map(this::clinic).distinct().toList();
		String sms = booked.size() == 1 ? texts.bookedSms(first.type, first.mode, clinic, first.start)
				: texts.seriesBookedSms(booked.size(), clinics, first.start);
		text(person, "booked:" + first.id, sms);
		email(person, "booked:" + first.id, booked, false);
	}

	void moved(RequestContact person, Appointment appointment, Instant from) {
		Location clinic = clinic(appointment);
		String key = "moved:" + appointment.id + ":" + appointment.start.getEpochSecond();
		text(person, key, texts.movedSms(appointment.type, appointment.mode, clinic, appointment.start));
		email(person, key, List.of(appointment), false);
	}

	void cancelled(RequestContact person, Appointment appointment) {
		Location clinic = clinic(appointment);
		text(person, "cancelled:" + appointment.id,
				texts.cancelledSms(appointment.type, appointment.mode, clinic, appointment.start));
		email(person, "cancelled:" + appointment.id, List.of(appointment), true);
	}

	private void text(RequestContact person, String key, String body) {
		messaging.queueText("appointment-" + key, person.phone(), MessagePurpose.CARE, body, null,
				IntakeManagement.SUBJECT + ":" + person.id(), null);
	}

	private void email(RequestContact person, String key, List<Appointment> appointments, boolean cancelled) {
		Appointment first = appointments.get(0);
		Location clinic = clinic(first);
		String subject = cancelled ? "Your appointment with " + site.brandName() + " is cancelled"
				: texts.emailSubject(appointments.size());
		String body = cancelled
				? "Hello " + person.firstName() + ",\n\nYour appointment on " + When.of(first.start, clinic.zone())
						+ " is cancelled. Call us at " + site.mainPhoneDisplay() + " to book again.\n\n" + site.brandName()
						+ "\n"
				: texts.emailBody(person.firstName(), appointments.stream()
					.map(a -> new AppointmentTexts.Visit(a.start, clinic(a))).toList(), first.type, first.mode);
		messaging.queueEmail("appointment-email-" + key, person.email(), subject, body, MessagePurpose.CARE,
				new OutgoingMail.Attachment(cancelled ? "cancelled.ics" : "appointment.ics",
						"text/calendar; charset=UTF-8; method=PUBLISH", calendar(appointments, cancelled)),
				IntakeManagement.SUBJECT + ":" + person.id());
	}

	/** The person's own calendar entries: no health words, the clinic and its address. */
	String calendar(List<Appointment> appointments, boolean cancelled) {
		List<ICalendar.Event> events = appointments.stream().map(a -> {
			Location clinic = clinic(a);
			String where = a.mode == AppointmentMode.IN_PERSON ? clinic.name() + ", " + clinic.address().oneLine()
					: texts.what(a.type, a.mode);
			return new ICalendar.Event(uid(a.id), a.start, a.end,
					site.brandName() + ": " + capitalised(texts.what(a.type, a.mode)), where,
					"To change it, call " + site.mainPhoneDisplay() + ".", cancelled, a.version + (cancelled ? 1 : 0));
		}).toList();
		return ICalendar.write("-//" + site.brandName() + "//Scheduling//EN", null, "PUBLISH", events,
				clock.instant());
	}

	String uid(long appointment) {
		return "appointment-" + appointment + "@" + java.net.URI.create(site.absolute("/")).getHost();
	}

	private Location clinic(Appointment appointment) {
		return locations.bySlug(appointment.location).orElseThrow();
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
