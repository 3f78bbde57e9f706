package org.ketamineclinic.retention;

import java.time.Instant;

/**
 * What one sweep removed: counts and dates only.
 *
 * @param auditRemoved   audit rows removed
 * @param auditCutoff    they were written before this
 * @param consentRemoved consent and opt-out records removed
 * @param consentCutoff  a newer record had replaced each of them before this
 * @param auditProblem   why the audit trail was left alone (its chain is broken among the old rows), or null
 */
record RetentionReport(long auditRemoved, Instant auditCutoff, long consentRemoved, Instant consentCutoff,
		String auditProblem) {
}
