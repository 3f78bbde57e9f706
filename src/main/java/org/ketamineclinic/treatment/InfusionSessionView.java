package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * An infusion session as the nurse's screen and the printed record show it.
 *
 * @param startBlocks     what holds the start, in words (empty: it may start)
 * @param dischargeBlocks what holds the discharge, in words (empty: the patient may go home)
 * @param vitalsDue       when the next vitals are due, or null
 * @param gate            the start gate's limit, "160/100"
 * @param fasting         the clinic's fasting rule, "nothing to eat for 6 h, clear liquids until 2 h before"
 * @param allergies       the chart's allergies, "Latex (hives)"
 */
public record InfusionSessionView(long id, long patientId, String patientName, String mrn, String dateOfBirth,
		List<String> allergies, Long appointmentId, String clinic, ZoneId zone, SessionStatus status, int version,
		OrderView order, boolean identityConfirmed, boolean fastingConfirmed, String escortName, String escortPhone,
		PregnancyTest pregnancyTest, boolean pregnancyTestRequired, BigDecimal weightKg, boolean checklistDone,
		SessionVital baseline, boolean baselineAboveGate, String gate, String fasting, String bpOverrideBy,
		String bpOverrideReason,
		BigDecimal doseMg, BigDecimal drugMl, BigDecimal totalMl, BigDecimal rateMlPerHour, List<String> doseFormula,
		String doseCheckedBy, boolean secondCheckRequired, Instant startedAt, Instant infusionEndedAt,
		String endedEarlyReason, BigDecimal administeredMg, Integer cadssTotal, Boolean alertAndOriented,
		Boolean escortPresent, Boolean noDrivingAcknowledged, Instant dischargedAt, String dischargedBy,
		String signedBy, Instant signedAt, List<SessionVital> vitals, List<SessionAlert> alerts,
		List<SessionEvent> events, List<SessionAddendum> addenda, List<String> startBlocks,
		List<String> dischargeBlocks, Instant vitalsDue) {

	public boolean signed() {
		return status == SessionStatus.SIGNED;
	}

	public boolean preparing() {
		return status == SessionStatus.PREPARING;
	}

	public List<SessionAlert> openAlerts() {
		return alerts.stream().filter(SessionAlert::open).toList();
	}

	@Override
	public String toString() {
		return "InfusionSessionView[id=" + id + "]";
	}
}
