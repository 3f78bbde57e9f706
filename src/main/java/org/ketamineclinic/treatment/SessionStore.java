package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.util.Map;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.springframework.stereotype.Component;

/**
 * Loads a session and writes its changes: refused when the record is signed, or when a colleague changed it since the
 * screen was loaded (the screen shows their change; nothing of either is lost). Every write is audited.
 */
@Component
class SessionStore {

	private final InfusionRecords records;

	private final Auditor auditor;

	private final TreatmentClock clock;

	private final Staff staff;

	SessionStore(InfusionRecords records, Auditor auditor, TreatmentClock clock, Staff staff) {
		this.records = records;
		this.auditor = auditor;
		this.clock = clock;
		this.staff = staff;
	}

	InfusionSession load(long id) {
		return records.find(id, staff.names()).orElseThrow(() -> new NoSuchRecord("infusion session", id));
	}

	/** The session, refused when it is signed. */
	InfusionSession open(long id) {
		InfusionSession session = load(id);
		if (session.status() == SessionStatus.SIGNED) {
			throw new TreatmentRefusal("session", "This record is signed and locked: write an addendum instead.");
		}
		return session;
	}

	void write(InfusionSession session, int version, Map<String, Object> columns) {
		if (!records.update(session.row().id(), version, columns)) {
			throw new TreatmentRefusal("version", "A colleague changed this session a moment ago: check what they "
					+ "recorded, then enter yours again.");
		}
		audit(session, AuditAction.UPDATE);
	}

	void event(InfusionSession session, EventKind kind, BigDecimal rate, String detail) {
		records.insertEvent(session.row().id(), kind, clock.now(), rate, detail, null, null, null, Staff.current());
	}

	void audit(InfusionSession session, AuditAction action) {
		auditor.record(action, "patient", Long.toString(session.row().patientId()),
				"infusion-session:" + session.row().id());
	}

	InfusionRecords records() {
		return records;
	}
}
