package org.ketamineclinic.substances;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A count that differed from the book, as screens and e-mails show it: no patient in it.
 *
 * @param id          the discrepancy
 * @param vialId      the vial counted
 * @param location    the clinic (slug)
 * @param lot         the vial's lot
 * @param expectedMl  the book balance at the count
 * @param countedMl   what was counted
 * @param countedBy   who counted
 * @param openedAt    when
 * @param resolution  the administrator's explanation, or null while open
 * @param resolvedBy  who resolved it, or null
 * @param resolvedAt  when, or null
 * @param bookAdjusted whether the book was moved by the difference on resolving
 */
public record Discrepancy(long id, long vialId, String location, String lot, BigDecimal expectedMl,
		BigDecimal countedMl, long countedBy, Instant openedAt, String resolution, Long resolvedBy, Instant resolvedAt,
		boolean bookAdjusted) {

	public boolean open() {
		return resolution == null;
	}

	/** Counted minus expected: negative when ketamine is missing. */
	public BigDecimal differenceMl() {
		return countedMl.subtract(expectedMl);
	}
}
