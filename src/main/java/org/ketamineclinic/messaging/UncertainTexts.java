package org.ketamineclinic.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settles the texts whose call to the provider got no answer (a time-out, a dropped connection, a crash while
 * sending): once any such call has long ended at the provider, it is asked whether it has the text. Found: the text
 * went out, and is recorded as sent. Not there: the call never reached it, and the text goes back to the queue, where
 * the sending rules (consent, quiet hours) are checked again before it is sent. No answer: asked again later, and
 * meanwhile staff see it as "may have been sent". So an outage of the provider loses no text and sends none twice.
 * <p>
 * Every instance runs this; each text is claimed for one check at a time (see {@link Outbox#claimUncertain}).
 */
@Component
class UncertainTexts {

	private static final Logger log = LoggerFactory.getLogger(UncertainTexts.class);

	private static final int BATCH = 50;

	private final Outbox outbox;

	private final SmsGateway sms;

	private final MessagingProperties properties;

	private final MessagingMeters meters;

	private final TransactionTemplate transactions;

	private final Clock clock;

	UncertainTexts(Outbox outbox, SmsGateway sms, MessagingProperties properties, MessagingMeters meters,
			TransactionTemplate transactions, Clock clock) {
		this.outbox = outbox;
		this.sms = sms;
		this.properties = properties;
		this.meters = meters;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${clinic.messaging.check-uncertain-every:15s}",
			initialDelayString = "${clinic.messaging.check-uncertain-every:15s}")
	void checkWithProvider() {
		Instant now = clock.instant();
		List<OutboundMessage> claimed = transactions
			.execute(status -> outbox.claimUncertain(now.minus(properties.checkUncertainAfter()), BATCH, now));
		int found = 0;
		int again = 0;
		for (OutboundMessage message : claimed) {
			var text = new SmsGateway.OutgoingSms(message.recipient(), message.body(), null);
			// Never before the message existed; never one of our other messages' ids.
			var answer = sms.lookUp(text, message.createdAt(), outbox.providerIdsFor(message.recipient()));
			if (answer instanceof SmsGateway.Lookup.Found sent) {
				transactions.executeWithoutResult(
						status -> outbox.foundSent(message.id(), sms.name(), sent.providerId(), clock.instant()));
				meters.outcome(message, "sent");
				found++;
			}
			else if (answer instanceof SmsGateway.Lookup.NotFound) {
				transactions.executeWithoutResult(status -> outbox.sendAgain(message.id(),
						"Not at " + sms.name() + " after an unanswered call: sending again", clock.instant()));
				meters.outcome(message, "retried");
				again++;
			}
		}
		if (found + again > 0) {
			log.info("Uncertain texts settled with {}: {} had gone out, {} sent again ({} still unknown)", sms.name(),
					found, again, claimed.size() - found - again);
		}
	}
}
