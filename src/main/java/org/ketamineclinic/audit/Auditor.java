package org.ketamineclinic.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.staff.StaffPrincipal;
import org.ketamineclinic.web.RequestIds;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records what the signed-in staff member does, filling in who, with which roles, from where and in which request,
 * so that a screen only says what it touched: {@code auditor.record(VIEW, "consultation-request", id, "contact")}.
 */
@Component
public class Auditor {

	private final AuditTrail trail;

	Auditor(AuditTrail trail) {
		this.trail = trail;
	}

	/** Records an action of the signed-in staff member, in the caller's transaction. */
	public long record(AuditAction action, String subjectType, String subjectId, String dataCategory) {
		var user = StaffPrincipal.current();
		return recordAs(user.map(StaffPrincipal::getUsername).orElse("anonymous"),
				user.map(StaffPrincipal::rolesText).orElse(""), action, subjectType, subjectId, dataCategory);
	}

	long recordAs(String actor, String roles, AuditAction action, String subjectType, String subjectId,
			String dataCategory) {
		HttpServletRequest request = currentRequest();
		String ip = request == null ? "" : request.getRemoteAddr();
		Object requestId = request == null ? null : request.getAttribute(RequestIds.ATTRIBUTE);
		return trail.record(new AuditRecord(actor, roles, action, subjectType, subjectId, dataCategory, ip,
				requestId == null ? "" : requestId.toString()));
	}

	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}
}
