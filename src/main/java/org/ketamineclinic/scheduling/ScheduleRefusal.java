package org.ketamineclinic.scheduling;

/** A scheduling change the clinic's rules do not allow, in words for the coordinator. */
public class ScheduleRefusal extends RuntimeException {

	public ScheduleRefusal(String message) {
		super(message);
	}
}
