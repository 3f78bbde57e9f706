package org.ketamineclinic.patient;

/** A document's content, for download. */
public record StoredDocument(long patientId, String fileName, String contentType, byte[] content) {

	@Override
	public String toString() {
		return "StoredDocument[" + contentType + ", " + content.length + " bytes]";
	}
}
