package org.ketamineclinic.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A page that does not exist: answered with the friendly 404 page. */
class NotFound extends ResponseStatusException {

	NotFound() {
		super(HttpStatus.NOT_FOUND);
	}
}
