package org.ketamineclinic.audit;

import java.util.Objects;

/**
 * One thing to record: who did what to whose data, from where. Holds identifiers only, never the data itself.
 *
 * @param actor        the staff member's id or user name ("anonymous" for failed sign-ins without one)
 * @param actorRoles   the roles they held at the time, comma-separated
 * @param action       what they did
 * @param subjectType  the kind of record ("consultation-request", "patient", "staff-account")
 * @param subjectId    its id
 * @param dataCategory the kind of personal data touched ("contact", "clinical", "consent", …)
 * @param sourceIp     where the request came from
 * @param requestId    the request's id, to join with the logs
 */
public record AuditRecord(String actor, String actorRoles, AuditAction action, String subjectType, String subjectId,
		String dataCategory, String sourceIp, String requestId) {

	public AuditRecord {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(action, "action");
		actor = clean(actor);
		actorRoles = clean(actorRoles);
		subjectType = clean(subjectType);
		subjectId = clean(subjectId);
		dataCategory = clean(dataCategory);
		sourceIp = clean(sourceIp);
		requestId = clean(requestId);
	}

	/** No control characters: the row's hash separates fields with one, so none may hide inside a field. */
	private static String clean(String value) {
		return value == null ? "" : value.replaceAll("\\p{Cntrl}", "");
	}
}
