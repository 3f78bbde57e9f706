package org.ketamineclinic.treatment;

/**
 * A dose the calculator will not work out or order, in words for the prescriber: an entry no patient could have, or
 * an order above the ceiling without a reason.
 */
public class DoseRefusal extends IllegalArgumentException {

	public DoseRefusal(String message) {
		super(message);
	}
}
