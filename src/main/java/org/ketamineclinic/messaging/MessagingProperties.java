package org.ketamineclinic.messaging;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Messaging rules ({@code clinic.messaging.*}); defaults from DOMAIN.md §6 (CTIA, TCPA).
 *
 * @param quietHoursStart   texts go out from this local time…
 * @param quietHoursEnd     …until this one, in the recipient's time zone; outside, they wait (never dropped)
 * @param remindersPerDay   reminders one person gets in a day at most
 * @param remindersPerWeek  and in seven days
 * @param maxAttempts       sending attempts before a message is FAILED and shown to staff
 * @param firstRetry        wait before the second attempt; doubled each time, with jitter
 * @param dispatchEvery     how often the dispatcher looks for due messages
 * @param batchSize         messages one dispatcher takes at a time
 * @param sendingTimeout    a message still "sending" after this long was interrupted by a crash: staff decide
 * @param defaultZone       quiet hours for a number whose zone is unknown (no clinic, unknown area code)
 * @param sendConcurrency   calls to the provider one dispatcher makes at once
 * @param checkUncertainAfter a text whose call got no answer is looked up at the provider after this long (by then
 *                          any call of its has ended there), then sent again if the provider never got it
 */
@ConfigurationProperties("clinic.messaging")
public record MessagingProperties(@DefaultValue("08:00") LocalTime quietHoursStart,
		@DefaultValue("21:00") LocalTime quietHoursEnd, @DefaultValue("1") int remindersPerDay,
		@DefaultValue("3") int remindersPerWeek, @DefaultValue("6") int maxAttempts,
		@DefaultValue("30s") Duration firstRetry, @DefaultValue("1s") Duration dispatchEvery,
		@DefaultValue("50") int batchSize, @DefaultValue("10m") Duration sendingTimeout,
		@DefaultValue("America/Los_Angeles") java.time.ZoneId defaultZone, @DefaultValue("8") int sendConcurrency,
		@DefaultValue("2m") Duration checkUncertainAfter) {
}
