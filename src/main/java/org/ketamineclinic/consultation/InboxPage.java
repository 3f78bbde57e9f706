package org.ketamineclinic.consultation;

import java.util.List;

/**
 * One page of the inbox.
 *
 * @param rows   the requests on this page
 * @param total  how many match the filter
 * @param filter the filter shown
 * @param marker changes when the page's content would; polling sends it back to skip unchanged pages
 */
public record InboxPage(List<InboxRow> rows, int total, InboxFilter filter, String marker) {

	public int pages() {
		return Math.max(1, (total + InboxFilter.PAGE_SIZE - 1) / InboxFilter.PAGE_SIZE);
	}
}
