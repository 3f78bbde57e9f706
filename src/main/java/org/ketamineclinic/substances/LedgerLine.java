package org.ketamineclinic.substances;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of the ledger, whatever its kind: receipt, draw, administration, waste, count or adjustment.
 *
 * @param at               when it was recorded
 * @param vialId           the vial
 * @param location         the clinic (slug)
 * @param lot              the vial's lot
 * @param entry            RECEIVED, DRAWN, ADMINISTERED, WASTED, VIAL_WASTED, COUNT_ADJUSTED or COUNTED
 * @param mg               amount in mg (negative when it left the vial), or null for a count
 * @param ml               amount in mL (for a count: what was counted)
 * @param balanceMg        the vial's balance after it, or null when it did not change the vial
 * @param balanceMl        the same in mL (for a count: the book balance it was compared with)
 * @param drawId           the draw it belongs to, or null
 * @param sessionReference the session of that draw, or null
 * @param patientId        the patient of that draw, or null
 * @param by               staff account that recorded it
 * @param witnessId        the witness of a waste, or null
 * @param note             how it was wasted, why the book was adjusted, or the discrepancy a count opened
 */
public record LedgerLine(Instant at, long vialId, String location, String lot, String entry, BigDecimal mg,
		BigDecimal ml, BigDecimal balanceMg, BigDecimal balanceMl, Long drawId, String sessionReference,
		Long patientId, long by, Long witnessId, String note) {

	/** The entry in words for people. */
	public String label() {
		switch (entry) {
			case "RECEIVED":
				return "Received";
			case "DRAWN":
				return "Drawn";
			case "ADMINISTERED":
				return "Administered";
			case "WASTED":
				return "Wasted from draw";
			case "VIAL_WASTED":
				return "Vial wasted";
			case "COUNT_ADJUSTED":
				return "Book adjusted";
			case "COUNTED":
				return "Counted";
			default:
				return entry;
		}
	}
}
