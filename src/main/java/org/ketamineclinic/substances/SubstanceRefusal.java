package org.ketamineclinic.substances;

/** A ledger entry that was refused, with a message for the person who asked; nothing was recorded. */
public class SubstanceRefusal extends RuntimeException {

	public SubstanceRefusal(String message) {
		super(message);
	}
}
