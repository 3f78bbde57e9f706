package org.ketamineclinic.substances;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An inventory as taken: a dated snapshot of every vial on hand at a clinic (21 CFR 1304.11).
 *
 * @param id       the inventory
 * @param location the clinic (slug)
 * @param kind     INITIAL or BIENNIAL
 * @param takenOn  the day, in the clinic's zone
 * @param takenAt  the moment
 * @param takenBy  who took it
 * @param lines    the vials on hand then
 */
public record InventoryReport(long id, String location, String kind, LocalDate takenOn, Instant takenAt, long takenBy,
		List<Line> lines) {

	public String kindLabel() {
		return "INITIAL".equals(kind) ? "Initial inventory" : "Biennial inventory";
	}

	public BigDecimal totalMg() {
		return lines.stream().map(Line::balanceMg).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal totalMl() {
		return lines.stream().map(Line::balanceMl).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * @param vialId    the vial
	 * @param lot       its lot
	 * @param expiresOn its expiry
	 * @param balanceMg its book balance then, mg
	 * @param balanceMl the same in mL
	 */
	public record Line(long vialId, String lot, LocalDate expiresOn, BigDecimal balanceMg, BigDecimal balanceMl) {
	}
}
