package org.ketamineclinic.scheduling;

import java.util.List;

/**
 * The time asked for was taken just before (by another coordinator, or on another instance): nothing was booked. It
 * carries the nearest free alternatives when the caller looked for them.
 */
public class SlotTaken extends RuntimeException {

	private final transient List<FreeSlot> alternatives;

	public SlotTaken(List<FreeSlot> alternatives) {
		super("That time was just taken.");
		this.alternatives = List.copyOf(alternatives);
	}

	public List<FreeSlot> alternatives() {
		return alternatives;
	}
}
