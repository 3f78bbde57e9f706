package org.ketamineclinic.audit;

import java.util.Locale;
import java.util.stream.Collectors;

import org.ketamineclinic.staff.StaffAccountChanged;
import org.ketamineclinic.staff.StaffMember;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffPrincipal;
import org.ketamineclinic.staff.StaffSignInActivity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins, failed sign-ins, sign-outs and every change to a staff account. Listens synchronously, so the
 * record is written in the same transaction as the change it describes.
 */
@Component
class StaffActivityAudit {

	static final String STAFF_ACCOUNT = "staff-account";

	private final Auditor auditor;

	private final StaffManagement staff;

	StaffActivityAudit(Auditor auditor, StaffManagement staff) {
		this.auditor = auditor;
		this.staff = staff;
	}

	@EventListener
	void on(StaffSignInActivity activity) {
		AuditAction action = switch (activity.outcome()) {
			case PASSWORD_ACCEPTED, CODE_ACCEPTED, RECOVERY_CODE_USED -> AuditAction.SIGN_IN;
			case PASSWORD_REFUSED, CODE_REFUSED, THROTTLED -> AuditAction.SIGN_IN_FAILED;
			case SIGNED_OUT, TIMED_OUT -> AuditAction.SIGN_OUT;
		};
		String subject = activity.account() == null ? "unknown" : activity.account().toString();
		// Who signs in is the account itself; the step is the "data category" so the trail tells them apart.
		String roles = activity.account() == null ? ""
				: staff.member(activity.account()).map(StaffActivityAudit::rolesOf).orElse("");
		auditor.recordAs(subject, roles, action, STAFF_ACCOUNT, subject, activity.outcome().name().toLowerCase(Locale.ROOT));
	}

	@EventListener
	void on(StaffAccountChanged changed) {
		AuditAction action = switch (changed.change()) {
			case INVITED -> AuditAction.CREATE;
			case ENROLLED -> AuditAction.MFA_ENROLLED;
			case MFA_RESET, SIGN_IN_RESET -> AuditAction.MFA_RESET;
			case PASSWORD_CHANGED -> AuditAction.UPDATE;
			case ROLES_CHANGED, DISABLED, ENABLED -> AuditAction.PERMISSION_CHANGE;
			case SIGNED_OUT_EVERYWHERE -> AuditAction.SIGN_OUT;
			case RECOVERY_CODES_RENEWED -> AuditAction.UPDATE;
		};
		String subject = Long.toString(changed.account());
		var user = StaffPrincipal.current();
		String actor = user.map(StaffPrincipal::getUsername).orElse(subject);
		String roles = user.map(StaffPrincipal::rolesText)
			.orElseGet(() -> staff.member(changed.account()).map(StaffActivityAudit::rolesOf).orElse(""));
		auditor.recordAs(actor, roles, action, STAFF_ACCOUNT, subject, changed.change().name().toLowerCase(Locale.ROOT));
	}

	private static String rolesOf(StaffMember member) {
		return member.roles().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}
}
