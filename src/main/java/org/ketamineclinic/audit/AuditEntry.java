package org.ketamineclinic.audit;

import java.time.Instant;

/**
 * One row of the audit trail, as screens show it.
 *
 * @param id           position in the chain
 * @param occurredAt   when (UTC)
 * @param actor        staff account id, or "anonymous"/"unknown"
 * @param actorRoles   roles held at the time
 * @param action       what they did
 * @param subjectType  kind of record
 * @param subjectId    its id
 * @param dataCategory kind of data, or the sign-in step
 * @param sourceIp     where from
 * @param requestId    request id, to join with the logs
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorRoles, AuditAction action,
		String subjectType, String subjectId, String dataCategory, String sourceIp, String requestId) {
}
