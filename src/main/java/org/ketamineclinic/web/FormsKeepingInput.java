package org.ketamineclinic.web;

import java.util.Set;

/**
 * Declared by a module whose form controller shows the form again, filled in and with nothing stored, when a
 * submission is refused for its CSRF token (see {@link CsrfRejection}). Only the paths named here are handed back;
 * every other refused form gets the 403 page, so a controller that does not check for the rejection can never be
 * reached without a valid token.
 */
@FunctionalInterface
public interface FormsKeepingInput {

	/** Servlet paths of forms (POST targets) whose controllers check {@link CsrfRejection#rejected}. */
	Set<String> paths();
}
