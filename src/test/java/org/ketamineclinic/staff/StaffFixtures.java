package org.ketamineclinic.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Staff members for tests: real accounts in the database, signed in with one or both factors. */
public final class StaffFixtures {

	public static final String PASSWORD = "a long and private test passphrase";

	private final StaffAccounts accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	public StaffFixtures(ApplicationContext context) {
		this.accounts = context.getBean(StaffAccounts.class);
		this.encoder = context.getBean(PasswordEncoder.class);
		// The application's clock (a test clock that tests move), not the wall clock: sessions are judged by it.
		this.clock = context.getBean(Clock.class);
	}

	/**
	 * @param id     account id
	 * @param email  sign-in address
	 * @param secret authenticator secret (Base32)
	 */
	public record Staffer(long id, String email, String secret, StaffPrincipal principal) {
	}

	/** An active account holding {@code roles}, with {@link #PASSWORD} and a fresh authenticator secret. */
	public Staffer create(String name, StaffRole... roles) {
		String email = name.toLowerCase().replaceAll("[^a-z]", ".") + "." + UUID.randomUUID().toString().substring(0, 8)
				+ "@example.org";
		String secret = Totp.newSecret();
		Instant now = clock.instant().minusSeconds(60);
		var account = StaffAccount.invite(email, name, Set.of(roles), now);
		account.activate(name, encoder.encode(PASSWORD), secret, 0, now);
		StaffAccount saved = accounts.save(account);
		return new Staffer(saved.id(), email, secret, saved.principal());
	}

	/** Signed in with password and authenticator code, as after a complete sign-in. */
	public static RequestPostProcessor signedIn(Staffer staffer) {
		return as(staffer, true);
	}

	/** Only the password proved: the authenticator code is still to come. */
	public static RequestPostProcessor passwordOnly(Staffer staffer) {
		return as(staffer, false);
	}

	/** The code the staff member's authenticator app shows at {@code at}. */
	public static String code(String secret, Instant at) {
		return Totp.codeAt(secret, at);
	}

	private static RequestPostProcessor as(Staffer staffer, boolean bothFactors) {
		List<GrantedAuthority> authorities = new ArrayList<>(staffer.principal().getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		if (bothFactors) {
			authorities.add(FactorGrantedAuthority.fromAuthority(StaffSignIn.TOTP_FACTOR));
		}
		return authentication(UsernamePasswordAuthenticationToken.authenticated(staffer.principal(), null, authorities));
	}
}
