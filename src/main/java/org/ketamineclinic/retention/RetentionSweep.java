package org.ketamineclinic.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.AuditRecord;
import org.ketamineclinic.audit.AuditRemoval;
import org.ketamineclinic.audit.AuditRetention;
import org.ketamineclinic.audit.AuditTrail;
import org.ketamineclinic.messaging.Messaging;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes what is past its retention period, a batch per transaction so that no lock is held for long, and each
 * batch recorded in the audit trail in its own transaction. Safe to run on two instances at once: the audit
 * removal is serialised in the audit module, and a consent record removed by one is simply not there for the other.
 */
@Component
class RetentionSweep {

	static final String ACTOR = "retention";

	private final AuditRetention audit;

	private final AuditTrail trail;

	private final Messaging messaging;

	private final TransactionTemplate transactions;

	private final RetentionProperties properties;

	RetentionSweep(AuditRetention audit, AuditTrail trail, Messaging messaging, TransactionTemplate transactions,
			RetentionProperties properties) {
		this.audit = audit;
		this.trail = trail;
		this.messaging = messaging;
		this.transactions = transactions;
		this.properties = properties;
	}

	RetentionReport sweep(Instant now) {
		Instant auditCutoff = before(now, properties.audit());
		Instant consentCutoff = before(now, properties.consent());
		int batch = properties.batchSize();
		long auditRemoved = 0;
		String problem = null;
		while (true) {
			AuditRemoval removal = transactions.execute(status -> audit.removeOlderThan(auditCutoff, batch));
			if (removal.refused()) {
				problem = "the audit chain is broken at " + removal.refusal()
						+ "; nothing was removed from the audit trail, so the evidence stays";
				break;
			}
			auditRemoved += removal.removed();
			if (removal.removed() < batch) {
				break;
			}
		}
		long consentRemoved = 0;
		while (true) {
			int removed = transactions.execute(status -> removeConsent(consentCutoff, batch));
			consentRemoved += removed;
			if (removed < batch) {
				break;
			}
		}
		return new RetentionReport(auditRemoved, auditCutoff, consentRemoved, consentCutoff, problem);
	}

	private int removeConsent(Instant cutoff, int batch) {
		int removed = messaging.removeConsentReplacedBefore(cutoff, batch);
		if (removed > 0) {
			// Counts and dates only: never whose consent it was.
			trail.record(new AuditRecord(ACTOR, "", AuditAction.DELETE, "sms-consent-event", removed + " rows",
					"replaced before " + LocalDate.ofInstant(cutoff, ZoneOffset.UTC), "", ""));
		}
		return removed;
	}

	private static Instant before(Instant now, Period period) {
		return now.atZone(ZoneOffset.UTC).minus(period).toInstant();
	}
}
