package org.ketamineclinic.consultation;

/** A change the intake rules do not allow, with the reason in words for the coordinator. Nothing was saved. */
public class IntakeRefusal extends RuntimeException {

	public IntakeRefusal(String message) {
		super(message);
	}
}
