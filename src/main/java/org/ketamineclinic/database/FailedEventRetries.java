package org.ketamineclinic.database;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What one module asks of another after a commit (an escalation to send, an outcome to record, an administrator to
 * e-mail) is kept in the event publication registry until its listener finishes. A listener that failed (its
 * database was restarting, its instance died: the registry's staleness check marks those failed too) is tried again
 * here, every minute, on whichever instance gets there first. Every listener is idempotent for exactly this reason:
 * each claims its work (the safety escalation's counter, the outcomes' keys, the outbox's message keys).
 */
@Component
class FailedEventRetries {

	private final FailedEventPublications failed;

	private final Duration minimumAge;

	FailedEventRetries(FailedEventPublications failed,
			@Value("${clinic.events.retry-after:1m}") Duration minimumAge) {
		this.failed = failed;
		this.minimumAge = minimumAge;
	}

	@Scheduled(fixedDelayString = "${clinic.events.retry-every:1m}", initialDelayString = "${clinic.events.retry-every:1m}")
	public void retry() {
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(minimumAge).withBatchSize(100));
	}
}
