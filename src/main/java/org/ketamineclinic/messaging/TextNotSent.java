package org.ketamineclinic.messaging;

/**
 * A text was blocked when it was due (the person opted out, or never agreed): whoever owns the conversation should
 * reach them another way.
 *
 * @param outboundMessage the blocked message's id
 * @param conversation    its conversation ("consultation-request:42"), or null
 * @param reason          why, in words for staff
 */
public record TextNotSent(long outboundMessage, String conversation, String reason) {
}
