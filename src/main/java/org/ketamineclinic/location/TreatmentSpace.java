package org.ketamineclinic.location;

/**
 * A place inside a clinic that treatment occupies: an infusion chair or a treatment room.
 *
 * @param id       row id, which scheduling books
 * @param location the clinic's slug
 * @param kind     chair or room
 * @param name     what staff call it ("Chair 2")
 */
public record TreatmentSpace(long id, String location, Kind kind, String name) {

	public enum Kind {
		CHAIR, ROOM
	}
}
