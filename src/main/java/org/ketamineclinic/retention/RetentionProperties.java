package org.ketamineclinic.retention;

import java.time.LocalDate;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long records are kept ({@code clinic.retention.*}), as periods ({@code 6y} or {@code P6Y}). A period shorter
 * than the law's minimum is refused at startup: a slip such as {@code 6d} would otherwise empty the audit trail.
 *
 * @param audit     audit rows, from when they were written: HIPAA asks six years (45 CFR 164.316(b)(2))
 * @param consent   consent and opt-out records, from when a newer record for the same number and purpose replaced
 *                  them (the one that decides today is kept however old): DOMAIN.md §6 asks five years, beyond the
 *                  TCPA's four to bring a claim
 * @param batchSize rows removed in one transaction, so that no lock is held for long
 */
@ConfigurationProperties("clinic.retention")
record RetentionProperties(@DefaultValue("6y") Period audit, @DefaultValue("5y") Period consent,
		@DefaultValue("10000") int batchSize) {

	static final Period AUDIT_MINIMUM = Period.ofYears(6);

	static final Period CONSENT_MINIMUM = Period.ofYears(5);

	RetentionProperties {
		refuseShorter("clinic.retention.audit", audit, AUDIT_MINIMUM);
		refuseShorter("clinic.retention.consent", consent, CONSENT_MINIMUM);
		if (batchSize < 1) {
			throw new IllegalArgumentException("clinic.retention.batch-size must be at least 1, not " + batchSize);
		}
	}

	private static void refuseShorter(String name, Period period, Period minimum) {
		// Periods of months and days have no order of their own; measured from one day they do.
		LocalDate from = LocalDate.of(2000, 1, 1);
		if (from.plus(period).isBefore(from.plus(minimum))) {
			throw new IllegalArgumentException(name + " is " + period + ", shorter than the " + minimum
					+ " the clinic must keep these records");
		}
	}
}
