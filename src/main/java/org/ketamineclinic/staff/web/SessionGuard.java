package org.ketamineclinic.staff.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.ketamineclinic.staff.StaffPrincipal;
import org.ketamineclinic.staff.StaffProperties;
import org.ketamineclinic.staff.StaffSignIn;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff session that has run its course: idle for longer than the idle timeout (automatic logoff, HIPAA
 * 164.312(a)(2)(iii)), older than the absolute limit, or revoked (account disabled, roles changed, "sign out
 * everywhere"). Background refreshes (the inbox's polling) do not count as activity, so an open tab on an empty
 * desk still signs out.
 */
class SessionGuard extends OncePerRequestFilter {

	static final String SIGNED_IN_AT = "clinic.staff.signedInAt";

	static final String LAST_ACTIVITY = "clinic.staff.lastActivity";

	/** Sent by the staff script with requests nobody clicked for. */
	static final String BACKGROUND_HEADER = "X-Clinic-Background";

	private final StaffSignIn signIn;

	private final StaffProperties properties;

	private final Clock clock;

	SessionGuard(StaffSignIn signIn, StaffProperties properties, Clock clock) {
		this.signIn = signIn;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		var principal = StaffPrincipal.current();
		if (session == null || principal.isEmpty() || !(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
			chain.doFilter(request, response);
			return;
		}
		Instant now = clock.instant();
		Instant lastActivity = session.getAttribute(LAST_ACTIVITY) instanceof Instant last ? last : signedInAt;
		String reason = null;
		if (now.isAfter(signedInAt.plus(properties.absoluteTimeout()))) {
			reason = "expired";
		}
		else if (now.isAfter(lastActivity.plus(properties.idleTimeout()))) {
			reason = "timeout";
		}
		else if (!signIn.sessionStillValid(principal.get().id(), signedInAt)) {
			reason = "ended";
		}
		if (reason != null) {
			signIn.signedOut(principal.get().id(), true);
			session.invalidate();
			SecurityContextHolder.clearContext();
			sendToSignIn(request, response, reason);
			return;
		}
		if (request.getHeader(BACKGROUND_HEADER) == null) {
			session.setAttribute(LAST_ACTIVITY, now);
		}
		chain.doFilter(request, response);
	}

	private static void sendToSignIn(HttpServletRequest request, HttpServletResponse response, String reason)
			throws IOException {
		String target = StaffSecurityConfiguration.SIGN_IN + "?" + reason;
		if (request.getHeader("HX-Request") != null) {
			// htmx follows this header with a full page load instead of swapping the sign-in page into a table.
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		response.sendRedirect(target);
	}
}
