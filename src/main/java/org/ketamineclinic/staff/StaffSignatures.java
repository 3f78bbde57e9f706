package org.ketamineclinic.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Electronic signatures: the signer is named and proves it is them with the code their authenticator shows now
 * (two components, like the sign-in; each code works once, wrong codes are throttled). So a prescriber signs an
 * override, a second nurse checks a dose or a colleague witnesses a waste on the tablet someone else is signed in
 * on, and nobody signs for anyone else.
 */
@Service
public class StaffSignatures {

	private final StaffSignIn signIn;

	private final StaffManagement staff;

	private final Clock clock;

	StaffSignatures(StaffSignIn signIn, StaffManagement staff, Clock clock) {
		this.signIn = signIn;
		this.staff = staff;
		this.clock = clock;
	}

	/** Who signed, and when. */
	public record Signature(long id, String name, Instant at) {
	}

	/**
	 * Why a signature was refused; {@link #field()} names the form field to show it beside: the signer's own
	 * field, or that name followed by "Code" for the code.
	 */
	public static class Refused extends RuntimeException {

		private final String field;

		Refused(String field, String message) {
			super(message);
			this.field = field;
		}

		public String field() {
			return field;
		}
	}

	/**
	 * Confirms that {@code staffId}, holding one of {@code roles}, signs with the code their authenticator shows now.
	 *
	 * @param field the form's field for the signer, e.g. "witness": problems are reported on it or "witnessCode"
	 */
	public Signature sign(long staffId, String code, Set<StaffRole> roles, String field) {
		StaffMember member = staff.member(staffId)
			.filter(m -> m.status() == AccountStatus.ACTIVE)
			.orElseThrow(() -> new Refused(field, "Choose who signs."));
		if (roles.stream().noneMatch(member::has)) {
			throw new Refused(field, member.displayName() + " cannot sign this: it needs a "
					+ String.join(" or ", roles.stream().map(r -> r.label().toLowerCase()).sorted().toList()) + ".");
		}
		String ip = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : "";
		var wait = signIn.codeWait(staffId, ip);
		if (wait.isPresent()) {
			throw new Refused(field + "Code", "Too many wrong codes for " + member.displayName() + ": try again in "
					+ Math.max(1, wait.get().toMinutes()) + " min.");
		}
		if (code == null || !signIn.verifyCode(staffId, code.replace(" ", ""), ip)) {
			throw new Refused(field + "Code", "That is not " + member.displayName() + "'s current authenticator code "
					+ "(each code works once): enter the code shown now.");
		}
		return new Signature(staffId, member.displayName(), clock.instant());
	}
}
