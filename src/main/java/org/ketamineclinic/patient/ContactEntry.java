package org.ketamineclinic.patient;

/**
 * An emergency contact or escort as typed into the form.
 *
 * @param contactKind         EMERGENCY or ESCORT
 * @param contactName         their name
 * @param contactRelationship who they are to the patient ("partner", "sister")
 * @param contactPhone        how to reach them
 */
public record ContactEntry(String contactKind, String contactName, String contactRelationship, String contactPhone) {

	@Override
	public String toString() {
		return "ContactEntry[***]";
	}
}
