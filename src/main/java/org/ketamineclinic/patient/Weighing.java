package org.ketamineclinic.patient;

import java.math.BigDecimal;
import java.time.Instant;

/** A weight measured at the clinic, kept as history: each infusion's dose uses the weight measured that day. */
public record Weighing(long id, BigDecimal kg, Instant measuredAt, String measuredBy) {
}
