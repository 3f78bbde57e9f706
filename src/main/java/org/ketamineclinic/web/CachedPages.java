package org.ketamineclinic.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Serves read-mostly public pages from memory: each page is rendered once per content version, compressed once,
 * and answered with an ETag so that a browser that has it gets a 304. A new version renders the page again on its
 * next request; nothing has to be flushed by hand.
 */
@Component
public class CachedPages {

	/** Bounds memory if someone walks through endless query strings. */
	private static final int MAX_ENTRIES = 2_000;

	private final Map<String, CompressedPage> pages = new ConcurrentHashMap<>();

	/**
	 * @param request the request (its path and query are the cache key)
	 * @param version the version of everything the page is built from
	 * @param type    the media type of the page
	 * @param render  renders the page; called only when the cached copy is missing or stale
	 */
	public ResponseEntity<byte[]> serve(HttpServletRequest request, String version, MediaType type,
			Supplier<String> render) {
		String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		CompressedPage page = pages.get(key);
		if (page == null || !page.version().equals(version)) {
			page = CompressedPage.of(version, render.get());
			if (pages.size() >= MAX_ENTRIES) {
				pages.clear();
			}
			pages.put(key, page);
		}
		return answer(request, page, type);
	}

	public ResponseEntity<byte[]> serve(HttpServletRequest request, String version, Supplier<String> render) {
		return serve(request, version, MediaType.TEXT_HTML, render);
	}

	private static ResponseEntity<byte[]> answer(HttpServletRequest request, CompressedPage page, MediaType type) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		String encoding = accepted == null ? "" : accepted;
		byte[] body = page.identity();
		String contentEncoding = null;
		if (page.brotli() != null && encoding.contains("br")) {
			body = page.brotli();
			contentEncoding = "br";
		}
		else if (encoding.contains("gzip")) {
			body = page.gzip();
			contentEncoding = "gzip";
		}
		String etag = contentEncoding == null ? page.etag()
				: page.etag().substring(0, page.etag().length() - 1) + "-" + contentEncoding + "\"";
		var headers = new HttpHeaders();
		headers.setETag(etag);
		headers.setCacheControl(CacheControl.noCache().cachePublic());
		headers.setVary(java.util.List.of(HttpHeaders.ACCEPT_ENCODING));
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.contains(page.etag()))) {
			return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
		}
		headers.setContentType(new MediaType(type, java.nio.charset.StandardCharsets.UTF_8));
		if (contentEncoding != null) {
			headers.set(HttpHeaders.CONTENT_ENCODING, contentEncoding);
		}
		headers.setContentLength(body.length);
		return new ResponseEntity<>(body, headers, HttpStatus.OK);
	}
}
