package org.ketamineclinic.psychotherapy;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No session with this id: screens answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NoSuchSession extends RuntimeException {

	public NoSuchSession(long id) {
		super("No psychotherapy session " + id);
	}
}
