package org.ketamineclinic.staff.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.staff.StaffSignIn;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a password attempt that must wait (see {@code SignInThrottle}) before the password is even checked,
 * and tells the person how long to wait.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final StaffSignIn signIn;

	SignInThrottleFilter(StaffSignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& StaffSecurityConfiguration.SIGN_IN.equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = request.getParameter("email");
		Optional<Duration> wait = signIn.passwordWait(email, request.getRemoteAddr());
		if (wait.isPresent()) {
			signIn.throttled(email);
			request.getSession().setAttribute(SignInController.TYPED_EMAIL, email);
			response.sendRedirect(StaffSecurityConfiguration.SIGN_IN + "?wait=" + minutes(wait.get()));
			return;
		}
		chain.doFilter(request, response);
	}

	static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}
}
