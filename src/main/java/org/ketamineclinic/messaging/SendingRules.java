package org.ketamineclinic.messaging;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * The rules a message must pass at the moment it is sent (not only when it was queued: consent can be revoked and
 * night can fall in between): consent for its purpose, quiet hours in the recipient's time zone, and the caps on
 * reminders.
 */
@Component
class SendingRules {

	sealed interface Decision {

		record Send() implements Decision {
		}

		/** Not now: at {@code until}. Never dropped. */
		record Wait(Instant until, String why) implements Decision {
		}

		/** Not at all; staff should reach the person another way. */
		record Block(String why) implements Decision {
		}
	}

	private final ConsentLedger consent;

	private final Outbox outbox;

	private final MessagingProperties properties;

	private final QuietHours quietHours;

	SendingRules(ConsentLedger consent, Outbox outbox, MessagingProperties properties) {
		this.consent = consent;
		this.outbox = outbox;
		this.properties = properties;
		this.quietHours = new QuietHours(properties.quietHoursStart(), properties.quietHoursEnd());
	}

	Decision check(OutboundMessage message, Instant now) {
		if (!message.isSms()) {
			return new Decision.Send();
		}
		MessagePurpose purpose = message.purpose();
		if (purpose.needsConsent() && !consent.allows(message.recipient(), ConsentPurpose.CARE)) {
			return new Decision.Block("No consent to texts (or it was withdrawn): call or e-mail instead.");
		}
		if (purpose.waitsOutQuietHours()) {
			ZoneId zone = zoneOf(message);
			if (!quietHours.allows(now, zone)) {
				return new Decision.Wait(quietHours.nextAllowed(now, zone), "Quiet hours in the recipient's time zone");
			}
		}
		if (purpose.capped()) {
			if (outbox.remindersSince(message.recipient(), now.minus(Duration.ofDays(1))) >= properties.remindersPerDay()) {
				return new Decision.Wait(now.plus(Duration.ofHours(24)), "Reminder limit for today reached");
			}
			if (outbox.remindersSince(message.recipient(), now.minus(Duration.ofDays(7))) >= properties.remindersPerWeek()) {
				return new Decision.Block("Reminder limit for this week reached");
			}
		}
		return new Decision.Send();
	}

	/** The clinic's zone when the message says, else the area code's, else the network's default. */
	ZoneId zoneOf(OutboundMessage message) {
		if (message.recipientZone() != null && !message.recipientZone().isBlank()) {
			return ZoneId.of(message.recipientZone());
		}
		return QuietHours.zoneForUsNumber(message.recipient()).orElse(properties.defaultZone());
	}
}
