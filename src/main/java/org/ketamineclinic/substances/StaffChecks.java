package org.ketamineclinic.substances;

import java.util.EnumSet;
import java.util.Set;

import org.ketamineclinic.staff.AccountStatus;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffMember;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.stereotype.Component;

/** Who may make an entry: only active colleagues in a clinical role handle, and witness, controlled substances. */
@Component
class StaffChecks {

	static final Set<StaffRole> HANDLERS = EnumSet.of(StaffRole.NURSE, StaffRole.PRESCRIBER);

	static final Set<StaffRole> RECEIVERS = EnumSet.of(StaffRole.NURSE, StaffRole.PRESCRIBER, StaffRole.ADMIN);

	private final StaffManagement staff;

	StaffChecks(StaffManagement staff) {
		this.staff = staff;
	}

	StaffMember require(long id, Set<StaffRole> roles, String doing) {
		StaffMember member = staff.member(id)
			.filter(m -> m.status() == AccountStatus.ACTIVE)
			.orElseThrow(() -> new SubstanceRefusal("Only an active staff account can " + doing + "."));
		if (roles.stream().noneMatch(member::has)) {
			throw new SubstanceRefusal(member.displayName() + " cannot " + doing + ": that needs the role of "
					+ String.join(" or ", roles.stream().sorted().map(StaffRole::label).toList()) + ".");
		}
		return member;
	}

	/** A waste is co-signed by someone else who watched it: never by the person wasting. */
	Witnessing witness(long wastedBy, String how, long witnessId, boolean attested) {
		if (how == null || how.isBlank() || how.strip().length() > 200) {
			throw new SubstanceRefusal("Say how it was wasted (up to 200 characters).");
		}
		if (witnessId == wastedBy) {
			throw new SubstanceRefusal("The witness must be another person than the one wasting.");
		}
		require(witnessId, HANDLERS, "witness a waste");
		if (!attested) {
			throw new SubstanceRefusal("The witness must confirm that they saw the waste.");
		}
		return new Witnessing(how.strip(), witnessId, true);
	}
}
