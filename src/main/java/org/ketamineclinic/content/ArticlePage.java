package org.ketamineclinic.content;

import java.util.List;

/**
 * One page of the article list.
 *
 * @param articles   the articles on this page
 * @param page       1-based page number
 * @param totalPages number of pages, at least 1
 */
public record ArticlePage(List<Article> articles, int page, int totalPages) {

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < totalPages;
	}
}
