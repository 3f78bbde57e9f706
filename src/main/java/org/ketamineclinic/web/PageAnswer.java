package org.ketamineclinic.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer to one request for a cached page: the encoding the browser accepts, an ETag per encoding, and a 304
 * when the browser already has those bytes. Written either as a ResponseEntity or straight to the servlet response.
 *
 * @param status          200 or 304
 * @param etag            validator of the bytes sent
 * @param contentType     media type with charset
 * @param contentEncoding "br", "gzip" or null
 * @param body            the bytes, or null for a 304
 */
record PageAnswer(HttpStatus status, String etag, String contentType, String contentEncoding, byte[] body) {

	private static final String CACHE_CONTROL = CacheControl.noCache().cachePublic().getHeaderValue();

	static PageAnswer of(HttpServletRequest request, CompressedPage page, MediaType type) {
		String accepted = CachedPages.acceptEncoding(request);
		byte[] body = page.identity();
		String encoding = null;
		if (page.brotli() != null && accepted.contains("br")) {
			body = page.brotli();
			encoding = "br";
		}
		else if (accepted.contains("gzip")) {
			body = page.gzip();
			encoding = "gzip";
		}
		String etag = encoding == null ? page.etag()
				: page.etag().substring(0, page.etag().length() - 1) + "-" + encoding + "\"";
		String contentType = new MediaType(type, StandardCharsets.UTF_8).toString();
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.contains(page.etag()))) {
			return new PageAnswer(HttpStatus.NOT_MODIFIED, etag, contentType, encoding, null);
		}
		return new PageAnswer(HttpStatus.OK, etag, contentType, encoding, body);
	}

	ResponseEntity<byte[]> toResponseEntity() {
		var headers = new HttpHeaders();
		headers.setETag(etag);
		headers.set(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (body == null) {
			return new ResponseEntity<>(headers, status);
		}
		headers.set(HttpHeaders.CONTENT_TYPE, contentType);
		if (contentEncoding != null) {
			headers.set(HttpHeaders.CONTENT_ENCODING, contentEncoding);
		}
		headers.setContentLength(body.length);
		return new ResponseEntity<>(body, headers, status);
	}

	void writeTo(HttpServletResponse response) throws IOException {
		response.setStatus(status.value());
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (body == null) {
			return;
		}
		response.setHeader(HttpHeaders.CONTENT_TYPE, contentType);
		if (contentEncoding != null) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, contentEncoding);
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}
}
