package org.ketamineclinic.treatment;

import java.util.List;

/**
 * Where a patient's consent stands: the current document, and their signatures, newest first.
 *
 * @param current    the document version in force
 * @param signatures every signature, newest first
 */
public record ConsentStatus(ConsentDocumentView current, List<ConsentSignatureView> signatures) {

	/** Consent is current only when the version in force was signed: a new version needs a new signature. */
	public boolean hasCurrent() {
		return signatures.stream().anyMatch(s -> s.documentId() == current.id());
	}
}
