package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.time.Instant;

/** A line of the session's timeline. */
public record SessionEvent(long id, EventKind kind, Instant at, BigDecimal rateMlPerHour, String detail,
		String severity, String action, String by) {
}
