package org.ketamineclinic.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of signing in that are the clinic's own: finding the account for a password check (Spring Security
 * compares the hash), the second factor, recovery codes, slowing down guessers, and the record of each step.
 */
@Service
public class StaffSignIn implements UserDetailsService {

	/** The authority a verified authenticator code grants, next to Spring Security's FACTOR_PASSWORD. */
	public static final String TOTP_FACTOR = "FACTOR_TOTP";

	private final StaffAccounts accounts;

	private final RecoveryCodes recoveryCodes;

	private final SignInThrottle throttle;

	private final ApplicationEventPublisher events;

	private final StaffProperties properties;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final Clock clock;

	StaffSignIn(StaffAccounts accounts, RecoveryCodes recoveryCodes, SignInThrottle throttle,
			ApplicationEventPublisher events, StaffProperties properties, PasswordEncoder encoder,
			PasswordPolicy policy, Clock clock) {
		this.encoder = encoder;
		this.policy = policy;
		this.properties = properties;
		this.accounts = accounts;
		this.recoveryCodes = recoveryCodes;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(email == null ? "" : email.strip())
			.map(StaffAccount::principal)
			.orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
	}

	/** How long a password attempt for this address must wait, if it must. */
	public Optional<Duration> passwordWait(String email, String ip) {
		return throttle.waitFor(SignInThrottle.emailKey(email), ip, clock.instant());
	}

	public Optional<Duration> codeWait(long account, String ip) {
		return throttle.waitFor(SignInThrottle.codeKey(account), ip, clock.instant());
	}

	@Transactional
	public void passwordAccepted(long account) {
		accounts.findById(account).ifPresent(a -> throttle.succeeded(SignInThrottle.emailKey(a.email())));
		events.publishEvent(new StaffSignInActivity(account, StaffSignInActivity.Outcome.PASSWORD_ACCEPTED));
	}

	@Transactional
	public void passwordRefused(String email, String ip) {
		throttle.failed(SignInThrottle.emailKey(email), ip, clock.instant());
		Long account = email == null ? null : accounts.findByEmail(email.strip()).map(StaffAccount::id).orElse(null);
		events.publishEvent(new StaffSignInActivity(account, StaffSignInActivity.Outcome.PASSWORD_REFUSED));
	}

	@Transactional
	public void throttled(String email) {
		Long account = email == null ? null : accounts.findByEmail(email.strip()).map(StaffAccount::id).orElse(null);
		events.publishEvent(new StaffSignInActivity(account, StaffSignInActivity.Outcome.THROTTLED));
	}

	@Transactional
	public void codeThrottled(long account) {
		events.publishEvent(new StaffSignInActivity(account, StaffSignInActivity.Outcome.THROTTLED));
	}

	/** Checks an authenticator code; each code is accepted once. */
	@Transactional
	public boolean verifyCode(long id, String code, String ip) {
		Instant now = clock.instant();
		StaffAccount account = accounts.findById(id).filter(a -> a.status() == AccountStatus.ACTIVE).orElse(null);
		boolean accepted = account != null && account.totpSecret() != null
				&& Totp.matchingStep(account.totpSecret(), code, now).stream().anyMatch(account::acceptTotpStep);
		return secondFactor(id, account, accepted, ip, now, StaffSignInActivity.Outcome.CODE_ACCEPTED);
	}

	/** Checks a recovery code instead of the authenticator; each recovery code works once. */
	@Transactional
	public boolean useRecoveryCode(long id, String code, String ip) {
		Instant now = clock.instant();
		StaffAccount account = accounts.findById(id).filter(a -> a.status() == AccountStatus.ACTIVE).orElse(null);
		boolean accepted = account != null && recoveryCodes.use(id, code, now);
		return secondFactor(id, account, accepted, ip, now, StaffSignInActivity.Outcome.RECOVERY_CODE_USED);
	}

	/** A fresh set of recovery codes, replacing the old ones; returns them to show once. */
	@Transactional
	public java.util.List<String> renewRecoveryCodes(long account) {
		var codes = recoveryCodes.replace(account, properties.recoveryCodes());
		events.publishEvent(new StaffAccountChanged(account, StaffAccountChanged.Change.RECOVERY_CODES_RENEWED));
		return codes;
	}

	/**
	 * Changes the signed-in person's own password after checking the current one; returns what is wrong, by field,
	 * or nothing when it was changed (and every session of theirs has ended).
	 */
	@Transactional
	public java.util.Map<String, String> changePassword(long id, String current, String replacement, String again) {
		StaffAccount account = accounts.findById(id).orElseThrow();
		java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
		if (current == null || account.passwordHash() == null || !encoder.matches(current, account.passwordHash())) {
			problems.put("currentPassword", "That is not your current password.");
			return problems;
		}
		policy.problemWith(replacement, account.email()).ifPresent(p -> problems.put("newPassword", p));
		if (problems.isEmpty() && !replacement.equals(again)) {
			problems.put("newPasswordAgain", "The two new passwords are not the same.");
		}
		if (problems.isEmpty()) {
			account.changePassword(encoder.encode(replacement), clock.instant());
			accounts.save(account);
			events.publishEvent(new StaffAccountChanged(id, StaffAccountChanged.Change.PASSWORD_CHANGED));
		}
		return problems;
	}

	public int recoveryCodesLeft(long account) {
		return recoveryCodes.remaining(account);
	}

	public void signedOut(long account, boolean timedOut) {
		events.publishEvent(new StaffSignInActivity(account,
				timedOut ? StaffSignInActivity.Outcome.TIMED_OUT : StaffSignInActivity.Outcome.SIGNED_OUT));
	}

	/** Whether a session signed in at {@code signedInAt} still stands: the account is active and nothing revoked it. */
	public boolean sessionStillValid(long id, Instant signedInAt) {
		return accounts.findById(id)
			.filter(a -> a.status() == AccountStatus.ACTIVE)
			.filter(a -> !signedInAt.isBefore(a.sessionsValidFrom()))
			.isPresent();
	}

	private boolean secondFactor(long id, StaffAccount account, boolean accepted, String ip, Instant now,
			StaffSignInActivity.Outcome success) {
		String key = SignInThrottle.codeKey(id);
		if (accepted) {
			accounts.save(account);
			throttle.succeeded(key);
			events.publishEvent(new StaffSignInActivity(id, success));
		}
		else {
			throttle.failed(key, ip, now);
			events.publishEvent(new StaffSignInActivity(id, StaffSignInActivity.Outcome.CODE_REFUSED));
		}
		return accepted;
	}
}
