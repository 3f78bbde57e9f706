package org.ketamineclinic.web;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (the proxy's {@code X-Request-Id} when it sends a sane one), in the logs as
 * {@code request.id}, in the response header, and in the audit trail: one id joins a log line to an audit row.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class RequestIds extends OncePerRequestFilter {

	/** The request attribute holding the id. */
	public static final String ATTRIBUTE = "clinic.requestId";

	static final String HEADER = "X-Request-Id";

	private static final HexFormat HEX = HexFormat.of();

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	/**
	 * 128 random bits from the thread's own generator: unique enough to join a log line to an audit row, and unlike
	 * UUID.randomUUID() no shared SecureRandom lock for every request of the public site to queue on.
	 */
	static String newId() {
		var random = ThreadLocalRandom.current();
		return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader(HEADER);
		String id = incoming != null && SANE.matcher(incoming).matches() ? incoming : newId();
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader(HEADER, id);
		MDC.put("request.id", id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("request.id");
		}
	}
}
