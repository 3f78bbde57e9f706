package org.ketamineclinic.audit;

import java.time.Instant;

/**
 * Where the audit chain begins after retention removed its oldest rows: rows {@code firstId} to {@code throughId}
 * were removed, and the row after them links to {@code throughHash}. The genesis is the anchor of a chain nothing
 * was ever removed from.
 *
 * @param firstId     first row removed by this anchor's run (0 for the genesis)
 * @param throughId   last row removed; the chain goes on at the row after it
 * @param throughHash that row's hash
 * @param recordedAt  when retention removed them (null for the genesis)
 */
record AuditAnchor(long firstId, long throughId, String throughHash, Instant recordedAt) {

	static final AuditAnchor GENESIS = new AuditAnchor(0, 0, ChainWalk.GENESIS_HASH, null);

	boolean isGenesis() {
		return throughId == 0;
	}

	/** The subject id of the audit row in which retention recorded this removal. */
	String removedRange() {
		return firstId + "-" + throughId;
	}
}
