package org.ketamineclinic.staff.web;

import java.util.List;

import org.ketamineclinic.staff.StaffRole;

/**
 * An administrator's invitation of a colleague.
 *
 * @param email colleague's work address
 * @param name  their name
 * @param roles the roles chosen
 */
public record InviteForm(String email, String name, List<String> roles) {

	public InviteForm {
		email = email == null ? "" : email;
		name = name == null ? "" : name;
		roles = roles == null ? List.of() : List.copyOf(roles);
	}

	public boolean has(StaffRole role) {
		return roles.contains(role.name());
	}
}
