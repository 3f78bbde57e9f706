package org.ketamineclinic.staff;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One person's staff account: the aggregate root of this module. Never prints its secrets. */
@Table("staff_account")
class StaffAccount {

	@Id
	private Long id;

	private String email;

	private String displayName;

	private String roles;

	private AccountStatus status;

	private String passwordHash;

	private String totpSecret;

	private long totpLastStep;

	private final Instant createdAt;

	private Instant activatedAt;

	private Instant sessionsValidFrom;

	@Version
	private Integer version;

	@PersistenceCreator
	StaffAccount(Long id, String email, String displayName, String roles, AccountStatus status, String passwordHash,
			String totpSecret, long totpLastStep, Instant createdAt,
			Instant activatedAt, Instant sessionsValidFrom, Integer version) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.roles = roles;
		this.status = status;
		this.passwordHash = passwordHash;
		this.totpSecret = totpSecret;
		this.totpLastStep = totpLastStep;
		this.createdAt = createdAt;
		this.activatedAt = activatedAt;
		this.sessionsValidFrom = sessionsValidFrom;
		this.version = version;
	}

	/** An account that exists but cannot be used until its holder follows their link. */
	static StaffAccount invite(String email, String displayName, Set<StaffRole> roles, Instant now) {
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("A staff member needs at least one role");
		}
		return new StaffAccount(null, email, displayName, StaffRole.format(roles), AccountStatus.INVITED, null, null,
				0, now, null, cutOff(now), null);
	}

	/** The holder chose a password and proved their authenticator works: the account can sign in. */
	void activate(String displayName, String passwordHash, String totpSecret, long acceptedStep, Instant now) {
		if (status == AccountStatus.DISABLED) {
			throw new IllegalStateException("A disabled account cannot be activated");
		}
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.totpSecret = totpSecret;
		this.totpLastStep = acceptedStep;
		this.status = AccountStatus.ACTIVE;
		if (activatedAt == null) {
			activatedAt = now;
		}
	}

	/** Accepts a code's time step once: a code seen before (or an older one) is refused, so it cannot be replayed. */
	boolean acceptTotpStep(long step) {
		if (step <= totpLastStep) {
			return false;
		}
		totpLastStep = step;
		return true;
	}

	void changeRoles(Set<StaffRole> newRoles, Instant now) {
		if (newRoles.isEmpty()) {
			throw new IllegalArgumentException("A staff member needs at least one role");
		}
		roles = StaffRole.format(newRoles);
		// Sessions carry the roles they were signed in with: new roles take effect at the next sign-in.
		sessionsValidFrom = cutOff(now);
	}

	void disable(Instant now) {
		status = AccountStatus.DISABLED;
		sessionsValidFrom = cutOff(now);
	}

	void enable(Instant now) {
		if (status == AccountStatus.DISABLED) {
			status = totpSecret == null ? AccountStatus.INVITED : AccountStatus.ACTIVE;
			sessionsValidFrom = cutOff(now);
		}
	}

	/** The authenticator is lost: the holder enrols again through a new link before signing in. */
	void resetMfa(Instant now) {
		totpSecret = null;
		totpLastStep = 0;
		if (status == AccountStatus.ACTIVE) {
			status = AccountStatus.INVITED;
		}
		sessionsValidFrom = cutOff(now);
	}

	/** A new password; every session ends, so the holder signs in again with it (and so does nobody else). */
	void changePassword(String newHash, Instant now) {
		passwordHash = newHash;
		sessionsValidFrom = cutOff(now);
	}

	/** Forgotten password: password and authenticator are cleared, and the holder sets both up again by link. */
	void resetSignIn(Instant now) {
		passwordHash = null;
		resetMfa(now);
	}

	void signOutEverywhere(Instant now) {
		sessionsValidFrom = cutOff(now);
	}

	/**
	 * Sessions signed in before this instant end. Whole milliseconds, so that the database (which keeps
	 * microseconds, rounding) never stores an instant later than the one a session was signed in at.
	 */
	private static Instant cutOff(Instant now) {
		return now.truncatedTo(ChronoUnit.MILLIS);
	}

	StaffPrincipal principal() {
		return new StaffPrincipal(id, displayName, roles(), passwordHash, status == AccountStatus.ACTIVE);
	}

	StaffMember member() {
		return new StaffMember(id, displayName, email, roles(), status, activatedAt);
	}

	Long id() {
		return id;
	}

	String email() {
		return email;
	}

	String displayName() {
		return displayName;
	}

	Set<StaffRole> roles() {
		return StaffRole.parse(roles);
	}

	AccountStatus status() {
		return status;
	}

	String passwordHash() {
		return passwordHash;
	}

	String totpSecret() {
		return totpSecret;
	}

	Instant sessionsValidFrom() {
		return sessionsValidFrom;
	}

	@Override
	public String toString() {
		return "StaffAccount[id=" + id + ", status=" + status + "]";
	}
}
