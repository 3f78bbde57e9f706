package org.ketamineclinic.consultation;

import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ketamineclinic.mail.Mailer;
import org.ketamineclinic.mail.OutgoingMail;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells each clinic's intake team that a request arrived, by e-mail with no health details and no name: the
 * reference, the clinic, and a link to the inbox. Requests without a notice are the queue (a null column, set in the
 * same row the form wrote), so the public form pays nothing extra, a notice survives a restart, and several app
 * instances share the work ({@code for update skip locked}). A failed send is tried again on the next round.
 */
@Component
class IntakeNotifier {

	private static final Logger log = LoggerFactory.getLogger(IntakeNotifier.class);

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final ConsultationProperties properties;

	private final IntakeClock intakeClock;

	private final SiteSettings site;

	private final TransactionTemplate transactions;

	private final Clock clock;

	IntakeNotifier(JdbcClient jdbc, Mailer mailer, ConsultationProperties properties, IntakeClock intakeClock,
			SiteSettings site, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.properties = properties;
		this.intakeClock = intakeClock;
		this.site = site;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${clinic.consultation.notify-every:5s}",
			initialDelayString = "${clinic.consultation.notify-every:5s}")
	void notifyIntakeTeams() {
		int sent;
		do {
			sent = notifyBatch();
		}
		while (sent > 0);
	}

	/** Notifies up to 20 requests; returns how many it handled. */
	int notifyBatch() {
		Integer handled = transactions.execute(status -> {
			var pending = jdbc.sql("""
					select id, reference_code, preferred_location, needs_review from consultation_request
					where intake_notified_at is null order by received_at limit 20 for update skip locked""")
				.query((rs, n) -> new Pending(rs.getLong("id"), rs.getString("reference_code"),
						rs.getString("preferred_location"), rs.getBoolean("needs_review")))
				.list();
			int done = 0;
			for (Pending request : pending) {
				// Held requests wait in the spam review; mailing each one would let a flood of spam flood the team.
				if (!request.needsReview() && !send(request)) {
					break;
				}
				jdbc.sql("update consultation_request set intake_notified_at = ? where id = ?")
					.params(Timestamp.from(clock.instant()), request.id())
					.update();
				done++;
			}
			return done;
		});
		return handled == null ? 0 : handled;
	}

	private boolean send(Pending request) {
		String clinic = intakeClock.locationName(request.location());
		String body = "A new consultation request arrived for " + clinic + ": reference " + request.reference()
				+ ".\n\nOpen the inbox to respond (first contact is due within " + IntakeClock.words(properties.firstContactTarget())
				+ " of opening hours):\n" + site.absolute("/staff/consultations") + "\n\nThis e-mail holds no personal "
				+ "details on purpose; they are in the inbox.";
		try {
			mailer.send(new OutgoingMail(properties.intakeEmailFor(request.location()),
					"New consultation request " + request.reference() + " for " + clinic, body));
			return true;
		}
		catch (Mailer.MailNotSent ex) {
			log.warn("Intake notice for request {} not sent yet; it will be tried again: {}", request.id(),
					ex.getMessage());
			return false;
		}
	}

	private record Pending(long id, String reference, String location, boolean needsReview) {
	}
}
