package org.ketamineclinic.staff;

import java.time.Instant;
import java.util.Set;

/**
 * A staff member as other modules and screens see them: no secrets.
 *
 * @param id          account id
 * @param displayName name shown to colleagues
 * @param email       where invitations and notices go
 * @param roles       what they do
 * @param status      invited, active or disabled
 * @param activatedAt when they first completed enrolment, or null
 */
public record StaffMember(long id, String displayName, String email, Set<StaffRole> roles, AccountStatus status,
		Instant activatedAt) {

	public boolean has(StaffRole role) {
		return roles.contains(role);
	}
}
