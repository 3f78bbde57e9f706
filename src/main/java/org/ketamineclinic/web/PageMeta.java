package org.ketamineclinic.web;

import java.util.List;

/**
 * What the layout needs to know about one page: its title and description for people and search engines, where it
 * sits in the site, its structured data, and whether it must lead with crisis resources.
 *
 * @param title           the page title (the brand name is appended by the layout)
 * @param description     meta description
 * @param path            canonical path, e.g. "/conditions/depression"
 * @param ogType          Open Graph type: "website" or "article"
 * @param breadcrumbs     trail from Home to this page (empty on the home page)
 * @param jsonLd          JSON-LD documents, already serialised
 * @param mentionsSuicide true shows the crisis banner at the top of the page
 * @param noIndex         true for pages search engines should skip (forms' answers, errors)
 */
public record PageMeta(String title, String description, String path, String ogType, List<Crumb> breadcrumbs,
		List<String> jsonLd, boolean mentionsSuicide, boolean noIndex) {

	/**
	 * @param name label
	 * @param path link target
	 */
	public record Crumb(String name, String path) {
	}

	public static PageMeta of(String title, String description, String path) {
		return new PageMeta(title, description, path, "website", List.of(), List.of(), false, false);
	}

	public PageMeta withBreadcrumbs(List<Crumb> trail) {
		return new PageMeta(title, description, path, ogType, trail, jsonLd, mentionsSuicide, noIndex);
	}

	public PageMeta withJsonLd(List<String> documents) {
		return new PageMeta(title, description, path, ogType, breadcrumbs, documents, mentionsSuicide, noIndex);
	}

	public PageMeta withCrisisBanner(boolean show) {
		return new PageMeta(title, description, path, ogType, breadcrumbs, jsonLd, show, noIndex);
	}

	public PageMeta asArticle() {
		return new PageMeta(title, description, path, "article", breadcrumbs, jsonLd, mentionsSuicide, noIndex);
	}

	public PageMeta withoutIndexing() {
		return new PageMeta(title, description, path, ogType, breadcrumbs, jsonLd, mentionsSuicide, true);
	}
}
