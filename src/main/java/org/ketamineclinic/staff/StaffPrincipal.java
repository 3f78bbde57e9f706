package org.ketamineclinic.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member, as Spring Security holds them. Its user name is the account's id, so that the audit
 * trail names a person by a key that never changes; the e-mail address is only what they type to sign in.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

	private final long id;

	private final String displayName;

	private final Set<StaffRole> roles;

	private String passwordHash;

	private final boolean enabled;

	StaffPrincipal(long id, String displayName, Set<StaffRole> roles, String passwordHash, boolean enabled) {
		this.id = id;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	/** The staff member behind the current request, if someone is signed in. */
	public static Optional<StaffPrincipal> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public Set<StaffRole> roles() {
		return roles;
	}

	public boolean has(StaffRole role) {
		return roles.contains(role);
	}

	/** "ADMIN,INTAKE": how the audit trail records the roles held at the time. */
	public String rolesText() {
		return StaffRole.format(roles);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).collect(Collectors.toList());
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return Long.toString(id);
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** Holds nothing secret once signed in: the hash is only needed while the password is checked. */
	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffPrincipal that && that.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "StaffPrincipal[id=" + id + ", roles=" + roles + "]";
	}

	static List<String> authorities(Set<StaffRole> roles) {
		return roles.stream().map(StaffRole::authority).toList();
	}
}
