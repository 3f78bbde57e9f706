package org.ketamineclinic.messaging;

import java.time.Instant;

/**
 * One row of the outbox.
 *
 * @param id            row id
 * @param key           the message's unique key
 * @param channel       SMS or EMAIL
 * @param purpose       why it is sent (decides the rules)
 * @param recipient     E.164 number or e-mail address
 * @param recipientZone the recipient's time zone when known (their clinic's), or null
 * @param subject       e-mail subject, or null
 * @param body          the text
 * @param conversation  the thread it belongs to ("consultation-request:42"), or null
 * @param status        where it stands
 * @param attempts      sending attempts so far
 * @param createdAt     when it was queued
 * @param expiresAt     after this it is pointless and is not sent (EXPIRED), or null
 * @param attachment    an e-mail's attachment, or null
 */
record OutboundMessage(long id, String key, String channel, MessagePurpose purpose, String recipient,
		String recipientZone, String subject, String body, String conversation, MessageStatus status, int attempts,
		Instant createdAt, Instant expiresAt, org.ketamineclinic.mail.OutgoingMail.Attachment attachment) {

	boolean expiredAt(Instant now) {
		return expiresAt != null && !now.isBefore(expiresAt);
	}


	boolean isSms() {
		return "SMS".equals(channel);
	}

	@Override
	public String toString() {
		return "OutboundMessage[id=" + id + ", key=" + key + ", status=" + status + "]";
	}
}
