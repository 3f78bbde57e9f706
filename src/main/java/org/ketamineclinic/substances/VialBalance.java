package org.ketamineclinic.substances;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What is left in a vial. The book is kept in mg; the volume is derived from it through the vial's concentration, so
 * the mg and mL balances can never drift apart through rounding.
 *
 * @param mg            ketamine left, in mg (2 decimals)
 * @param concentration mg per mL
 */
record VialBalance(BigDecimal mg, BigDecimal concentration) {

	static final int SCALE = 2;

	VialBalance {
		mg = mg.setScale(SCALE, RoundingMode.HALF_UP);
		if (mg.signum() < 0) {
			throw new IllegalArgumentException("A vial's balance cannot be negative");
		}
	}

	static VialBalance full(BigDecimal volumeMl, BigDecimal concentration) {
		return new VialBalance(volumeMl.multiply(concentration), concentration);
	}

	static VialBalance ofMl(BigDecimal ml, BigDecimal concentration) {
		return new VialBalance(ml.multiply(concentration), concentration);
	}

	BigDecimal ml() {
		return mlFor(mg);
	}

	/** The volume that holds {@code amount} mg, rounded to what a syringe shows (0.01 mL). */
	BigDecimal mlFor(BigDecimal amount) {
		return amount.divide(concentration, SCALE, RoundingMode.HALF_UP);
	}

	boolean holds(BigDecimal amount) {
		return mg.compareTo(amount) >= 0;
	}

	/** The balance after taking {@code amount} mg out; the caller has checked {@link #holds}. */
	VialBalance less(BigDecimal amount) {
		if (!holds(amount)) {
			throw new IllegalArgumentException("Taking " + amount + " mg would leave a negative balance");
		}
		return new VialBalance(mg.subtract(amount), concentration);
	}
}
