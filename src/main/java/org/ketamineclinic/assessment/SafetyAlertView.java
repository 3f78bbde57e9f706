package org.ketamineclinic.assessment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A safety alert as the clinicians' screen shows it.
 *
 * @param zone           the zone of the patient's clinic, for showing times
 * @param escalations    how many times the on-call list was alerted (each time the next person)
 * @param assignedTo     the prescriber the alert is a task for, or null when the clinic has none
 * @param acknowledgedBy null while open
 */
public record SafetyAlertView(long id, long patientId, String patientName, String mrn, String phone,
		List<String> reasons, Instant raisedAt, ZoneId zone, int escalations, String assignedTo, String acknowledgedBy,
		Instant acknowledgedAt, String actionNote) {

	/** "Dec 7, 2026, 9:05 AM". */
	public String raised() {
		return org.ketamineclinic.web.ClinicTimes.of(raisedAt, zone);
	}

	public boolean open() {
		return acknowledgedAt == null;
	}

	@Override
	public String toString() {
		return "SafetyAlertView[id=" + id + "]";
	}
}
