package org.ketamineclinic.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form sent without a valid CSRF token (an expired cookie, a browser restarted in between) is refused, but the
 * person's input is not lost: the request is handed back to the form's own controller, marked as rejected, so it
 * can show the form again with everything filled in. Nothing is stored. Only forms declared in
 * {@link FormsKeepingInput} are handed back; other denials get the usual 403 page.
 */
public final class CsrfRejection implements AccessDeniedHandler {

	/** Request attribute set on a form submission whose CSRF token was missing or wrong. */
	public static final String ATTRIBUTE = CsrfRejection.class.getName();

	private final AccessDeniedHandler fallback = new AccessDeniedHandlerImpl();

	private final Set<String> formPaths;

	CsrfRejection(List<FormsKeepingInput> forms) {
		this.formPaths = forms.stream().flatMap(f -> f.paths().stream()).collect(Collectors.toUnmodifiableSet());
	}

	/** True when this request is a form submission refused for its CSRF token. */
	public static boolean rejected(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) != null;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (denied instanceof CsrfException && "POST".equals(request.getMethod()) && formPaths.contains(path)
				&& request.getAttribute(ATTRIBUTE) == null) {
			request.setAttribute(ATTRIBUTE, Boolean.TRUE);
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			request.getRequestDispatcher(path).forward(request, response);
			return;
		}
		fallback.handle(request, response, denied);
	}
}
