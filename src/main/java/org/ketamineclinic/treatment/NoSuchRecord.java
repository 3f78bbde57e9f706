package org.ketamineclinic.treatment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such treatment record: screens answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NoSuchRecord extends RuntimeException {

	public NoSuchRecord(String kind, long id) {
		super("No " + kind + " " + id);
	}
}
