package org.ketamineclinic.scheduling;

import java.time.LocalTime;

/** A person's preferred part of the day. */
public enum TimeOfDay {

	ANY("Any time"), MORNING("Morning (before noon)"), AFTERNOON("Afternoon (noon to 5 PM)"),
	EVENING("Evening (from 5 PM)");

	private final String label;

	TimeOfDay(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	boolean includes(LocalTime start) {
		return switch (this) {
			case ANY -> true;
			case MORNING -> start.isBefore(LocalTime.NOON);
			case AFTERNOON -> !start.isBefore(LocalTime.NOON) && start.isBefore(LocalTime.of(17, 0));
			case EVENING -> !start.isBefore(LocalTime.of(17, 0));
		};
	}
}
