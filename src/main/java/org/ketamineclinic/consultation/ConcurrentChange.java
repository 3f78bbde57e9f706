package org.ketamineclinic.consultation;

/** Someone else changed the request since this person loaded it; their change was not applied. */
public class ConcurrentChange extends RuntimeException {

	public ConcurrentChange() {
		super("Someone else changed this request while you were working on it.");
	}
}
