package org.ketamineclinic.messaging;

/**
 * Someone texted us something other than a keyword. Carries the inbound message's id only; listeners ask
 * {@link Messaging} for what they need (and {@link Messaging#attach} it to their conversation).
 *
 * @param inboundMessage id of the stored inbound message
 */
public record SmsReceived(long inboundMessage) {
}
