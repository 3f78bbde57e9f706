package org.ketamineclinic.psychotherapy;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A signed note never changes: corrections are addenda. Screens answer 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class NoteAlreadySigned extends RuntimeException {

	public NoteAlreadySigned(long id) {
		super("Session note " + id + " is signed: add an addendum instead");
	}
}
