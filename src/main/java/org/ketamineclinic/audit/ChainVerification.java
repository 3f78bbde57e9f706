package org.ketamineclinic.audit;

/**
 * The result of checking the audit chain from its first row to its last.
 *
 * @param rowsChecked  rows read
 * @param firstBrokenId the id of the first row whose hash or link does not match, or null when the chain is intact
 * @param reason       why that row does not match, or empty
 */
public record ChainVerification(long rowsChecked, Long firstBrokenId, String reason) {

	public boolean intact() {
		return firstBrokenId == null;
	}
}
