package org.ketamineclinic.substances;

import java.math.BigDecimal;

/**
 * What was drawn for one session, while it is locked for an entry: how much is still to be accounted for as
 * administered or wasted. A draw is closed when drawn = administered + wasted; nothing can be added beyond that.
 */
final class Draw {

	private final long id;

	private final BigDecimal drawnMg;

	private final BigDecimal accountedMg;

	private final BigDecimal concentration;

	private final int lastSeq;

	Draw(long id, BigDecimal drawnMg, BigDecimal accountedMg, BigDecimal concentration, int lastSeq) {
		this.id = id;
		this.drawnMg = drawnMg;
		this.accountedMg = accountedMg;
		this.concentration = concentration;
		this.lastSeq = lastSeq;
	}

	long id() {
		return id;
	}

	BigDecimal drawnMg() {
		return drawnMg;
	}

	BigDecimal unaccountedMg() {
		return drawnMg.subtract(accountedMg);
	}

	boolean closed() {
		return unaccountedMg().signum() == 0;
	}

	/**
	 * @param kind ADMINISTERED or WASTED
	 * @param mg   how much of the draw
	 */
	Use use(String kind, BigDecimal mg) {
		Amounts.requirePositive(mg);
		if (closed()) {
			throw new SubstanceRefusal("Draw " + id + " is already fully accounted for (" + drawnMg.toPlainString()
					+ " mg): nothing more can be recorded against it.");
		}
		if (mg.compareTo(unaccountedMg()) > 0) {
			throw new SubstanceRefusal("Only " + unaccountedMg().toPlainString() + " mg of draw " + id + " is not yet "
					+ "accounted for: " + mg.toPlainString() + " mg is more than was drawn.");
		}
		var ml = new VialBalance(mg, concentration).ml();
		return new Use(kind, mg, ml, drawnMg, accountedMg.add(mg), lastSeq + 1);
	}

	/**
	 * One entry against a draw.
	 *
	 * @param accountedMg the draw's administered + wasted after it
	 */
	record Use(String kind, BigDecimal mg, BigDecimal ml, BigDecimal drawnMg, BigDecimal accountedMg, int seq) {
	}
}
