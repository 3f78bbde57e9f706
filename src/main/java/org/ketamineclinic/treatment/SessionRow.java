package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.time.Instant;

/** The {@code infusion_session} row as read: the session's own facts, without its readings and events. */
record SessionRow(long id, long patientId, long orderId, Long appointmentId, String clinic, long openedBy,
		Instant openedAt, boolean identityConfirmed, boolean fastingConfirmed, String escortName, String escortPhone,
		PregnancyTest pregnancyTest, BigDecimal weightKg, Instant checklistAt, Long bpOverrideBy,
		String bpOverrideReason, BigDecimal doseMg, BigDecimal drugMl, BigDecimal totalMl, BigDecimal rateMlPerHour,
		String doseFormula, Long doseCheckedBy, Long substanceDrawId, Instant startedAt, Instant infusionEndedAt,
		String endedEarlyReason, BigDecimal administeredMg, String cadssItems, Integer cadssTotal,
		Boolean alertAndOriented, Boolean escortPresent, Boolean noDrivingAcknowledged, Instant dischargedAt,
		Long dischargedBy, Long signedBy, Instant signedAt, int version) {
}
