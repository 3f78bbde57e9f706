package org.ketamineclinic.site;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.content.ContentCatalog;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.outcomes.PublicClaims;
import org.ketamineclinic.web.CachedPages;
import org.ketamineclinic.web.ChromeFactory;
import org.ketamineclinic.web.PageMeta;
import org.ketamineclinic.web.PageRenderer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Serves a public page from the page cache. The page is built and rendered only when the content or the clinics
 * changed since it was last rendered, so a busy page costs one lookup and a write of precompressed bytes.
 */
@Component
class PublicPages {

	private final CachedPages cache;

	private final PageRenderer renderer;

	private final ChromeFactory chrome;

	private final ContentCatalog content;

	private final Locations locations;

	private final PublicClaims claims;

	PublicPages(CachedPages cache, PageRenderer renderer, ChromeFactory chrome, ContentCatalog content,
			Locations locations, PublicClaims claims) {
		this.claims = claims;
		this.cache = cache;
		this.renderer = renderer;
		this.chrome = chrome;
		this.content = content;
		this.locations = locations;
	}

	/** The version of everything a public page is built from. */
	String version() {
		return content.revision() + "." + locations.revision() + "." + claims.revision();
	}

	/** A page built by {@code build}, which returns the page's meta and its template parameters. */
	ResponseEntity<byte[]> html(HttpServletRequest request, String template, PageBuilder build) {
		return cache.serve(request, this::version, MediaType.TEXT_HTML, () -> {
			var page = build.build();
			Map<String, Object> params = new HashMap<>(page.params());
			params.put("meta", page.meta());
			params.put("chrome", chrome.chrome());
			return renderer.render(template, params);
		});
	}

	ResponseEntity<byte[]> text(HttpServletRequest request, MediaType type, java.util.function.Supplier<String> body) {
		return cache.serve(request, this::version, type, body);
	}

	/** Builds a page only on a cache miss. */
	@FunctionalInterface
	interface PageBuilder {

		Built build();
	}

	/**
	 * @param meta   the page's meta
	 * @param params template parameters besides meta and chrome
	 */
	record Built(PageMeta meta, Map<String, Object> params) {
	}
}
