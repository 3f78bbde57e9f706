package org.ketamineclinic.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ketamineclinic.location.Locations;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh demonstration platform has an empty intake inbox. With {@code clinic.consultation.demo-requests} on and no
 * request at all, this sends a dozen fictional people's requests from the last ten days through the form's own path
 * (validation, spam screen, store, announcements), so each row is what a real submission makes. Their numbers are
 * in the fictional 555-01xx range and their e-mail domain cannot exist ({@value #DOMAIN}); a platform with any
 * request is left alone.
 */
@Component
@Order(21)
class DemoRequests implements ApplicationRunner {

	/** A reserved domain (RFC 2606): no mail is ever delivered to it, and it marks a request as demonstration data. */
	static final String DOMAIN = "demo.invalid";

	/** People take minutes over the form: the spam screen would hold a form filled in faster than a person can. */
	private static final Duration FILLING_IN = Duration.ofMinutes(4);

	private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);

	private final ConsultationProperties properties;

	private final ConsultationRequests requests;

	private final ConsultationManagement consultations;

	private final Locations locations;

	private final Clock clock;

	DemoRequests(ConsultationProperties properties, ConsultationRequests requests,
			ConsultationManagement consultations, Locations locations, Clock clock) {
		this.properties = properties;
		this.requests = requests;
		this.consultations = consultations;
		this.locations = locations;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demoRequests() || requests.count() > 0) {
			return;
		}
		Instant now = clock.instant();
		int added = 0;
		for (DemoPerson person : DemoPerson.ALL) {
			if (locations.bySlug(person.location()).isPresent() && send(person, now.minus(person.ago()))) {
				added++;
			}
		}
		log.info("Demonstration requests added: {} (turn off with CLINIC_DEMO_REQUESTS=false)", added);
	}

	private boolean send(DemoPerson person, Instant receivedAt) {
		var form = consultations.newForm(receivedAt.minus(FILLING_IN));
		var result = consultations.submit(new ConsultationSubmission(person.first(), person.last(), person.phone(),
				person.email(DOMAIN), person.location(), person.program().code(), person.contact().code(),
				person.bestTime().code(), person.message(), person.smsConsent(), "", form.formToken(),
				form.submissionKey(), person.address(), "Demonstration data"), receivedAt);
		if (result instanceof SubmissionResult.Invalid invalid) {
			// Field codes only: the entries are fictional, but a log line never carries a person's details.
			log.warn("A demonstration request was refused: {}",
					invalid.errors().stream().map(FieldError::code).toList());
			return false;
		}
		return true;
	}
}
