package org.ketamineclinic.staff.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ketamineclinic.staff.StaffSignIn;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/**
 * Completes a sign-in once the second factor is proved: the session gets a new id, the authentication gains the
 * TOTP factor next to the password one, and the person goes on to the screen they first asked for.
 */
@Component
class SecondFactorSignIn {

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contexts;

	private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();

	private final Clock clock;

	SecondFactorSignIn(SecurityContextRepository contexts, RequestCache requestCache, Clock clock) {
		this.contexts = contexts;
		this.clock = clock;
		onward.setRequestCache(requestCache);
		onward.setDefaultTargetUrl("/staff");
	}

	/** Adds the TOTP factor to who is signed in now (who has proved their password) and sends them on. */
	void complete(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		complete(holder.getContext().getAuthentication(), request, response, "/staff");
	}

	/**
	 * Signs in {@code authentication} with both factors, e.g. right after enrolment, where the person has just
	 * chosen their password and proved their authenticator.
	 */
	void complete(Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			String target) throws IOException, ServletException {
		Instant now = clock.instant();
		FactorGrantedAuthority totp = FactorGrantedAuthority.withAuthority(StaffSignIn.TOTP_FACTOR).issuedAt(now).build();
		Authentication elevated = authentication.toBuilder().authorities(authorities -> {
			authorities.removeIf(a -> StaffSignIn.TOTP_FACTOR.equals(a.getAuthority()));
			if (authorities.stream().map(GrantedAuthority::getAuthority)
				.noneMatch(FactorGrantedAuthority.PASSWORD_AUTHORITY::equals)) {
				authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
					.issuedAt(now)
					.build());
			}
			authorities.add(totp);
		}).build();
		request.getSession();
		request.changeSessionId();
		var context = holder.createEmptyContext();
		context.setAuthentication(elevated);
		holder.setContext(context);
		contexts.saveContext(context, request, response);
		request.getSession().setAttribute(SessionGuard.SIGNED_IN_AT, now);
		request.getSession().setAttribute(SessionGuard.LAST_ACTIVITY, now);
		if ("/staff".equals(target)) {
			onward.onAuthenticationSuccess(request, response, elevated);
		}
		else {
			response.sendRedirect(target);
		}
	}

	static UsernamePasswordAuthenticationToken passwordProved(org.ketamineclinic.staff.StaffPrincipal principal) {
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}
}
