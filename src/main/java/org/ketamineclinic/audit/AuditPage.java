package org.ketamineclinic.audit;

import java.util.List;

/**
 * One page of audit rows.
 *
 * @param rows  newest first
 * @param total rows matching in all
 * @param query what was asked
 */
public record AuditPage(List<AuditEntry> rows, long total, AuditQuery query) {

	public long pages() {
		return Math.max(1, (total + AuditQuery.PAGE_SIZE - 1) / AuditQuery.PAGE_SIZE);
	}
}
