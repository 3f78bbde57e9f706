package org.ketamineclinic.treatment;

import java.time.Clock;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.ketamineclinic.staff.AccountStatus;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffMember;
import org.ketamineclinic.staff.StaffRole;
import org.ketamineclinic.staff.StaffSignIn;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Electronic signatures: the signer is named and proves it is them with the code their authenticator shows now
 * (two components, like the sign-in; each code works once). So a prescriber can sign an override, or a second nurse
 * check a dose, on the tablet a colleague is signed in on, and nobody signs for someone else.
 */
@Component
class ElectronicSignatures {

	private final StaffSignIn signIn;

	private final StaffManagement staff;

	private final Clock clock;

	ElectronicSignatures(StaffSignIn signIn, StaffManagement staff, Clock clock) {
		this.signIn = signIn;
		this.staff = staff;
		this.clock = clock;
	}

	/**
	 * Confirms the signature of {@code staffId}, who must hold one of {@code roles}; refuses with the field
	 * {@code field} named.
	 */
	Signer sign(long staffId, String code, Set<StaffRole> roles, String field) {
		StaffMember member = staff.member(staffId)
			.filter(m -> m.status() == AccountStatus.ACTIVE)
			.orElseThrow(() -> new TreatmentRefusal(field, "Choose who signs."));
		if (roles.stream().noneMatch(member::has)) {
			throw new TreatmentRefusal(field, member.displayName() + " cannot sign this: it needs a "
					+ String.join(" or ", roles.stream().map(r -> r.label().toLowerCase()).sorted().toList()) + ".");
		}
		String ip = clientIp();
		var wait = signIn.codeWait(staffId, ip);
		if (wait.isPresent()) {
			throw new TreatmentRefusal(field + "Code", "Too many wrong codes for " + member.displayName()
					+ ": try again in " + Math.max(1, wait.get().toMinutes()) + " min.");
		}
		if (code == null || !signIn.verifyCode(staffId, code.replace(" ", ""), ip)) {
			throw new TreatmentRefusal(field + "Code", "That is not " + member.displayName()
					+ "'s current authenticator code (each code works once): enter the code shown now.");
		}
		return new Signer(staffId, member.displayName(), clock.instant());
	}

	private static String clientIp() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : "";
	}

	static HttpServletRequest request() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}
}
