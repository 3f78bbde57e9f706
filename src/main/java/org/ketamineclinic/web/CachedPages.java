package org.ketamineclinic.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Serves read-mostly public pages from memory: each page is rendered once per content version, compressed once,
 * and answered with an ETag so that a browser that has it gets a 304. A new version renders the page again on its
 * next request; nothing has to be flushed by hand.
 * <p>
 * The first request of a version goes through the controller ({@link #serve}); later ones are answered by
 * {@link CachedPageFilter} straight from here, before the framework's per-request work.
 */
@Component
public class CachedPages {

	/** Bounds memory if someone walks through endless query strings. */
	private static final int MAX_ENTRIES = 2_000;

	private final Map<String, Entry> pages = new ConcurrentHashMap<>();

	/**
	 * @param request the request (its path and query are the cache key)
	 * @param version the current version of everything the page is built from; asked again on every hit
	 * @param type    the media type of the page
	 * @param render  renders the page; called only when the cached copy is missing or stale
	 */
	public ResponseEntity<byte[]> serve(HttpServletRequest request, Supplier<String> version, MediaType type,
			Supplier<String> render) {
		String key = key(request);
		String current = version.get();
		Entry entry = pages.get(key);
		if (entry == null || !entry.page().version().equals(current)) {
			entry = new Entry(CompressedPage.of(current, render.get()), type, version);
			if (pages.size() >= MAX_ENTRIES) {
				pages.clear();
			}
			pages.put(key, entry);
		}
		return PageAnswer.of(request, entry.page(), entry.type()).toResponseEntity();
	}

	/** Answers the request from the cache when it holds the page's current version; false leaves it to the app. */
	boolean answerFromCache(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Entry entry = pages.get(key(request));
		if (entry == null || !entry.page().version().equals(entry.version().get())) {
			return false;
		}
		PageAnswer.of(request, entry.page(), entry.type()).writeTo(response);
		return true;
	}

	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
	}

	/**
	 * @param page    the rendered, compressed page
	 * @param type    its media type
	 * @param version where its current version comes from
	 */
	private record Entry(CompressedPage page, MediaType type, Supplier<String> version) {
	}

	static String acceptEncoding(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accepted == null ? "" : accepted;
	}
}
