package org.ketamineclinic.treatment;

import java.time.Instant;

/**
 * A signed consent: the name as the patient typed it, when, from where, how, and which version of the document.
 *
 * @param staff the colleague who handed over the tablet, or who sent the link
 */
public record ConsentSignatureView(long id, long documentId, String documentVersion, String typedName,
		Instant signedAt, String ipAddress, String method, String staff) {

	public String methodLabel() {
		return "TABLET".equals(method) ? "on a clinic tablet" : "from a link sent to the patient";
	}
}
