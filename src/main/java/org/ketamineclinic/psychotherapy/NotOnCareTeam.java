package org.ketamineclinic.psychotherapy;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The signed-in staff member may not see or do this for the patient (not on their care team, or not their job).
 * Screens answer 403 and say no more, so that the answer does not tell what the notes hold.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class NotOnCareTeam extends RuntimeException {

	public NotOnCareTeam() {
		super("Not on this patient's care team");
	}
}
