package org.ketamineclinic.consultation;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Spam defences and limits of the consultation form ({@code clinic.consultation.*}).
 *
 * @param minimumFillTime  a form sent faster than this after it was shown is suspect (people take longer)
 * @param formTokenMaxAge  a form older than this is suspect (but still accepted and stored)
 * @param perIpPerHour     requests from one address in an hour before the rest are flagged and the person is asked
 *                         to call (0: no limit)
 * @param perPhonePerDay   requests for one phone number in a day before the same happens (0: no limit)
 * @param duplicateWindow  the same entries sent again within this window count as one request
 * @param smsDisclosureVersionLabel label prefixed to the disclosure's content hash, e.g. "2026-11"
 * @param firstContactTarget       first contact is due within this much of the clinic's opening hours
 * @param attemptsBeforeNoResponse unanswered contact attempts before a request may be marked "no response"
 * @param intakeEmail              where new-request notices go when a clinic has no address of its own
 * @param intakeEmails             each clinic's intake address, by location slug ("virtual" for online visits)
 * @param demoRequests             add fictional requests to the inbox of a platform that has none (off in production)
 */
@ConfigurationProperties("clinic.consultation")
record ConsultationProperties(@DefaultValue("3s") Duration minimumFillTime,
		@DefaultValue("24h") Duration formTokenMaxAge, @DefaultValue("5") int perIpPerHour,
		@DefaultValue("3") int perPhonePerDay, @DefaultValue("15m") Duration duplicateWindow,
		@DefaultValue("2026-11") String smsDisclosureVersionLabel, @DefaultValue("1h") Duration firstContactTarget,
		@DefaultValue("3") int attemptsBeforeNoResponse, @DefaultValue("intake@example.org") String intakeEmail,
		@DefaultValue Map<String, String> intakeEmails, @DefaultValue("false") boolean demoRequests) {

	String intakeEmailFor(String location) {
		return intakeEmails.getOrDefault(location, intakeEmail);
	}
}
