package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A session in a patient's list of infusions.
 *
 * @param startedAt when the infusion started, or null when it has not
 */
public record SessionLine(long id, Instant openedAt, SessionStatus status, BigDecimal doseMg, int alerts,
		Instant startedAt) {
}
