package org.ketamineclinic.psychotherapy;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a refused attempt on a patient's therapy notes in a transaction of its own: the screen's transaction is
 * rolled back by the refusal, the record of the attempt must stay.
 */
@Component
class DeniedAccessLog {

	private final Auditor auditor;

	DeniedAccessLog(Auditor auditor) {
		this.auditor = auditor;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void refused(long patientId) {
		auditor.record(AuditAction.ACCESS_DENIED, PsychotherapyNotes.SUBJECT, Long.toString(patientId),
				PsychotherapyNotes.CATEGORY);
	}
}
