package org.ketamineclinic.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.ketamineclinic.web.PageMeta.Crumb;
import org.springframework.stereotype.Component;

/**
 * Meta for pages below the home page: each carries its breadcrumb trail, visibly and as structured data
 * (schema.org BreadcrumbList).
 */
@Component
public class PageMetas {

	private final JsonMapper json = JsonMapper.builder().build();

	private final SiteSettings settings;

	PageMetas(SiteSettings settings) {
		this.settings = settings;
	}

	/**
	 * @param trail  breadcrumbs from Home to this page
	 * @param jsonLd further JSON-LD documents of the page
	 */
	public PageMeta of(String title, String description, String path, List<Crumb> trail, String... jsonLd) {
		List<String> documents = new ArrayList<>(List.of(jsonLd));
		documents.add(breadcrumbs(trail));
		return PageMeta.of(title, description, path).withBreadcrumbs(trail).withJsonLd(documents);
	}

	/** A trail starting at Home: names and paths in pairs. */
	public static List<Crumb> trail(String... namesAndPaths) {
		List<Crumb> trail = new ArrayList<>();
		trail.add(new Crumb("Home", "/"));
		for (int i = 0; i + 1 < namesAndPaths.length; i += 2) {
			trail.add(new Crumb(namesAndPaths[i], namesAndPaths[i + 1]));
		}
		return trail;
	}

	/** Serialises a JSON-LD document so that it can sit inside a script element without ending it. */
	public String jsonLd(Map<String, Object> document) {
		return json.writeValueAsString(document).replace("<", "\\u003c");
	}

	private String breadcrumbs(List<Crumb> trail) {
		var doc = new LinkedHashMap<String, Object>();
		doc.put("@context", "https://schema.org");
		doc.put("@type", "BreadcrumbList");
		List<Object> items = new ArrayList<>();
		for (int i = 0; i < trail.size(); i++) {
			items.add(Map.of("@type", "ListItem", "position", i + 1, "name", trail.get(i).name(), "item",
					settings.absolute(trail.get(i).path())));
		}
		doc.put("itemListElement", items);
		return jsonLd(doc);
	}
}
