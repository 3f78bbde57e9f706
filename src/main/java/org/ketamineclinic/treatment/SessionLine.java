package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.time.Instant;

/** A session in a patient's list of infusions. */
public record SessionLine(long id, Instant openedAt, SessionStatus status, BigDecimal doseMg, int alerts) {
}
