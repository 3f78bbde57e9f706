package org.ketamineclinic.substances;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A vial as the ledger holds it while it is locked for a change: where it is kept, its lot and expiry, and its book
 * balance. Its rules decide whether a draw, a waste or an adjustment may be written, and what it leaves.
 */
final class Vial {

	private final long id;

	private final String location;

	private final String lot;

	private final LocalDate expiresOn;

	private final VialBalance balance;

	private final int lastSeq;

	Vial(long id, String location, String lot, LocalDate expiresOn, VialBalance balance, int lastSeq) {
		this.id = id;
		this.location = location;
		this.lot = lot;
		this.expiresOn = expiresOn;
		this.balance = balance;
		this.lastSeq = lastSeq;
	}

	long id() {
		return id;
	}

	String location() {
		return location;
	}

	String lot() {
		return lot;
	}

	VialBalance balance() {
		return balance;
	}

	/** A vial is usable through its expiry date and not after it. */
	boolean expiredOn(LocalDate day) {
		return day.isAfter(expiresOn);
	}

	Movement draw(BigDecimal mg, String clinic, LocalDate today) {
		Amounts.requirePositive(mg);
		if (!location.equals(clinic)) {
			throw new SubstanceRefusal("Vial " + id + " (lot " + lot + ") is kept at another clinic: draw from a vial "
					+ "kept here.");
		}
		if (expiredOn(today)) {
			throw new SubstanceRefusal("Vial " + id + " (lot " + lot + ") expired on " + expiresOn
					+ ": it cannot be drawn from. Waste it with a witness.");
		}
		if (!balance.holds(mg)) {
			throw new SubstanceRefusal("Vial " + id + " (lot " + lot + ") holds only " + balance.mg().toPlainString()
					+ " mg (" + balance.ml().toPlainString() + " mL): " + mg.toPlainString() + " mg cannot be drawn "
					+ "from it.");
		}
		return new Movement("DRAWN", mg.negate(), balance.mlFor(mg).negate(), balance.less(mg), lastSeq + 1);
	}

	/** Everything left goes to waste (expired, broken, contaminated). */
	Movement wasteAll() {
		if (balance.mg().signum() == 0) {
			throw new SubstanceRefusal("Vial " + id + " (lot " + lot + ") is already empty: there is nothing to waste.");
		}
		return new Movement("VIAL_WASTED", balance.mg().negate(), balance.ml().negate(), balance.less(balance.mg()),
				lastSeq + 1);
	}

	/**
	 * The book moved by what a count found missing or extra, when an administrator resolves a discrepancy that way.
	 * By the difference, not to the count itself: draws recorded since the count stay in the balance.
	 */
	Movement adjustBy(BigDecimal differenceMl) {
		BigDecimal mg = balance.mg().add(differenceMl.multiply(balance.concentration()));
		if (mg.signum() < 0) {
			throw new SubstanceRefusal("Vial " + id + " (lot " + lot + ") holds less than the difference now: adjust "
					+ "the book after a new count instead.");
		}
		VialBalance after = new VialBalance(mg, balance.concentration());
		return new Movement("COUNT_ADJUSTED", after.mg().subtract(balance.mg()), after.ml().subtract(balance.ml()),
				after, lastSeq + 1);
	}
}
