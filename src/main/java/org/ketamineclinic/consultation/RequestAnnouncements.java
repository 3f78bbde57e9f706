package org.ketamineclinic.consultation;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.messaging.ConsentPurpose;
import org.ketamineclinic.messaging.MessagePurpose;
import org.ketamineclinic.messaging.Messaging;
import org.ketamineclinic.messaging.SmsTexts;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.stereotype.Component;

/**
 * Who hears of a new request, queued in the outbox in the same transaction that stores it (so each message exists
 * exactly when the request does, and is sent once): the clinic's intake team by e-mail (the reference and the clinic,
 * no personal details), and, with their consent, the person by one acknowledging text. A request held as possible
 * spam gets neither: a bot may have typed someone else's number, and a flood of spam must not flood the team.
 */
@Component
class RequestAnnouncements {

	private final Messaging messaging;

	private final SmsTexts texts;

	private final Locations locations;

	private final ConsultationProperties properties;

	private final IntakeClock clock;

	private final SiteSettings site;

	RequestAnnouncements(Messaging messaging, SmsTexts texts, Locations locations, ConsultationProperties properties,
			IntakeClock clock, SiteSettings site) {
		this.messaging = messaging;
		this.texts = texts;
		this.locations = locations;
		this.properties = properties;
		this.clock = clock;
		this.site = site;
	}

	void announce(ConsultationRequest stored, String reference) {
		String conversation = IntakeManagement.SUBJECT + ":" + stored.id();
		if (stored.smsConsent()) {
			messaging.consentGiven(stored.phoneE164(), ConsentPurpose.CARE, "WEB_FORM", conversation, null);
		}
		if (stored.needsReview()) {
			return;
		}
		if (stored.smsConsent()) {
			messaging.queueText("consultation-ack:" + stored.id(), stored.phoneE164(), MessagePurpose.CARE,
					texts.acknowledgement(),
					locations.bySlug(stored.preferredLocation()).map(Location::zone).orElse(null), conversation, null);
		}
		String clinic = clock.locationName(stored.preferredLocation());
		messaging.queueEmail("intake-notice:" + stored.id(), properties.intakeEmailFor(stored.preferredLocation()),
				"New consultation request " + reference + " for " + clinic,
				"A new consultation request arrived for " + clinic + ": reference " + reference + ".\n\n"
						+ "Open the inbox to respond (first contact is due within "
						+ IntakeClock.words(properties.firstContactTarget()) + " of opening hours):\n"
						+ site.absolute("/staff/consultations") + "\n\nThis e-mail holds no personal details on "
						+ "purpose; they are in the inbox.",
				MessagePurpose.STAFF_NOTICE);
	}
}
