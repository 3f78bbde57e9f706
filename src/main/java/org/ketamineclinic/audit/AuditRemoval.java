package org.ketamineclinic.audit;

import java.time.Instant;

/**
 * What one call of {@link AuditRetention#removeOlderThan} removed: rows {@code firstId} to {@code lastId}, all of
 * them, or nothing and why.
 *
 * @param removed  rows removed (consecutive ids, so {@code lastId - firstId + 1})
 * @param firstId  first row removed, or 0
 * @param lastId   last row removed, or 0; the chain now begins after it
 * @param oldest   when the oldest of them was written, or null
 * @param newest   when the newest of them was written, or null
 * @param refusal  why nothing was removed although old rows were there (the chain is broken among them: they stay
 *                 as evidence), or null
 */
public record AuditRemoval(long removed, long firstId, long lastId, Instant oldest, Instant newest, String refusal) {

	static final AuditRemoval NOTHING = new AuditRemoval(0, 0, 0, null, null, null);

	static AuditRemoval refused(String why) {
		return new AuditRemoval(0, 0, 0, null, null, why);
	}

	public boolean refused() {
		return refusal != null;
	}
}
