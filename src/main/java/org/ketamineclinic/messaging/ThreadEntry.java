package org.ketamineclinic.messaging;

import java.time.Instant;

/**
 * One message of a conversation, as staff see it.
 *
 * @param incoming true for what the person sent us
 * @param at       when it was queued or received
 * @param channel  SMS or EMAIL
 * @param body     the text
 * @param status   for outgoing messages: where it stands; null for incoming ones
 * @param problem  why it is not sent (blocked, waiting, failed), or null
 */
public record ThreadEntry(boolean incoming, Instant at, String channel, String body, MessageStatus status,
		String problem) {
}
