package org.ketamineclinic.audit;

/**
 * The result of checking the audit chain from where it begins to its last row.
 *
 * @param rowsChecked   rows read
 * @param firstBrokenId the id of the first row whose hash or link does not match, or null when the chain is intact
 * @param reason        why that row does not match, or empty
 * @param startsAfter   the last row removed under the retention period, whose anchor the check started from (0 when
 *                      nothing was ever removed and the check started at the first row)
 */
public record ChainVerification(long rowsChecked, Long firstBrokenId, String reason, long startsAfter) {

	public boolean intact() {
		return firstBrokenId == null;
	}
}
