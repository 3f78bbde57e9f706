package org.ketamineclinic.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers GET and HEAD requests for public pages whose current version is in {@link CachedPages}, ahead of the
 * security chain and the dispatcher: a busy public page then costs a map lookup and a write. Only pages that were
 * rendered through the full chain (which also vetted their URL) are ever in the cache, and the answer carries the
 * same security headers. Everything else goes on as usual.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CachedPageFilter extends OncePerRequestFilter {

	private final CachedPages pages;

	private final SecurityHeaders headers = new SecurityHeaders();

	CachedPageFilter(CachedPages pages) {
		this.pages = pages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method)) {
			headers.writeHeaders(request, response);
			if (pages.answerFromCache(request, response)) {
				return;
			}
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}
}
