package org.ketamineclinic.substances;

import java.math.BigDecimal;

/** The ledger records mg with two decimals: an amount with more, or none, is a typing error, not something to round. */
final class Amounts {

	private Amounts() {
	}

	static void requirePositive(BigDecimal mg) {
		if (mg == null || mg.signum() <= 0 || mg.stripTrailingZeros().scale() > VialBalance.SCALE) {
			throw new SubstanceRefusal("Give the amount in mg, more than 0, with at most two decimals.");
		}
	}
}
