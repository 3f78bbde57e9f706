package org.ketamineclinic.consultation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the clinic's intake team at once that a request has arrived ("we will reach out right away"). The e-mail
 * carries the reference code and the clinic, never the person's name, contact details or message: e-mail is not a
 * safe place for health information. Requests flagged as possible spam wait in review instead of paging the team.
 * Without SMTP settings (development) the notification is written to the log instead.
 */
@Component
class IntakeNotifier {

	private static final Logger log = LoggerFactory.getLogger(IntakeNotifier.class);

	private final ConsultationRequests requests;

	private final Locations locations;

	private final ConsultationProperties properties;

	private final SiteSettings settings;

	private final ObjectProvider<MailSender> mail;

	IntakeNotifier(ConsultationRequests requests, Locations locations, ConsultationProperties properties,
			SiteSettings settings, ObjectProvider<MailSender> mail) {
		this.requests = requests;
		this.locations = locations;
		this.properties = properties;
		this.settings = settings;
		this.mail = mail;
	}

	@ApplicationModuleListener
	void on(ConsultationRequested event) {
		var request = requests.findById(event.consultationRequestId()).orElseThrow();
		if (request.needsReview()) {
			return;
		}
		var clinic = locations.bySlug(request.preferredLocation());
		String clinicName = clinic.map(Location::title).orElse("a virtual consultation");
		String to = clinic.map(Location::intakeEmail).filter(address -> !address.isBlank())
			.orElse(properties.intakeEmail());
		var message = new SimpleMailMessage();
		message.setFrom(properties.notificationFrom());
		message.setTo(to);
		message.setSubject("New consultation request " + request.referenceCode() + " for " + clinicName);
		message.setText("""
				A new request for a free consultation has arrived for %s.

				Reference: %s

				Please open the intake inbox and reach out right away:
				%s

				This message contains no personal details on purpose. %s
				""".formatted(clinicName, request.referenceCode(), settings.absolute("/staff/consultations"),
				settings.brandName()));
		MailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.info("Intake notification for request {} ({}) not sent: no SMTP server configured", event.consultationRequestId(),
					clinicName);
			return;
		}
		sender.send(message);
	}
}
