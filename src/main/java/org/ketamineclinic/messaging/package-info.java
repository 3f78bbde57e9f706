/**
 * Sends SMS and e-mail through a transactional outbox, only with consent and outside quiet hours, and takes replies,
 * STOP and HELP from the SMS provider's webhooks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging")
package org.ketamineclinic.messaging;
