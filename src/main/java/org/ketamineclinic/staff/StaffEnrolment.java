package org.ketamineclinic.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.ketamineclinic.shared.EmailAddress;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up an account through a one-time link: the first administrator's, an invited colleague's, or enrolling
 * an authenticator again after an MFA reset. The account becomes usable only once its holder has proved that their
 * authenticator works, so no account ever exists with a password alone.
 */
@Service
public class StaffEnrolment {

	private final StaffAccounts accounts;

	private final StaffLinks links;

	private final RecoveryCodes recoveryCodes;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final StaffProperties properties;

	private final SiteSettings site;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StaffEnrolment(StaffAccounts accounts, StaffLinks links, RecoveryCodes recoveryCodes, PasswordPolicy policy,
			PasswordEncoder encoder, StaffProperties properties, SiteSettings site, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.recoveryCodes = recoveryCodes;
		this.policy = policy;
		this.encoder = encoder;
		this.properties = properties;
		this.site = site;
		this.events = events;
		this.clock = clock;
	}

	/** The link's page, with an authenticator secret kept for this link so that a reload shows the same one. */
	@Transactional
	public Optional<Enrolment> page(String token) {
		Instant now = clock.instant();
		return links.find(token, now).map(link -> {
			String secret = link.pendingSecret();
			if (secret == null) {
				secret = Totp.newSecret();
				links.rememberSecret(link, secret);
			}
			return enrolment(link, secret, null, Map.of());
		});
	}

	@Transactional
	public EnrolmentResult complete(String token, EnrolmentForm form) {
		Instant now = clock.instant();
		var found = links.find(token, now);
		if (found.isEmpty() || found.get().pendingSecret() == null) {
			return new EnrolmentResult.LinkGone();
		}
		var link = found.get();
		StaffAccount existing = link.account() == null ? null : accounts.findById(link.account()).orElse(null);
		if (link.purpose() != StaffLinks.Purpose.SETUP && (existing == null || existing.status() == AccountStatus.DISABLED)) {
			return new EnrolmentResult.LinkGone();
		}
		if (link.purpose() == StaffLinks.Purpose.SETUP && accounts.anActiveAdminExists()) {
			links.use(link, now);
			return new EnrolmentResult.LinkGone();
		}
		boolean needsPassword = link.purpose() != StaffLinks.Purpose.ENROLMENT;
		String email = existing != null ? existing.email() : trim(form.email());
		Map<String, String> errors = new LinkedHashMap<>();
		String name = trim(form.name());
		if (name.isEmpty() || name.length() > 100) {
			errors.put("name", "Enter your name as colleagues should see it (up to 100 characters).");
		}
		if (existing == null) {
			var parsed = EmailAddress.parse(email);
			if (parsed.isEmpty()) {
				errors.put("email", "Enter your work e-mail address, like name@example.org.");
			}
			else if (accounts.findByEmail(parsed.get().value()).isPresent()) {
				errors.put("email", "An account with this e-mail address exists already.");
			}
		}
		if (needsPassword) {
			policy.problemWith(form.password(), email).ifPresent(problem -> errors.put("password", problem));
			if (!errors.containsKey("password") && !form.password().equals(form.passwordAgain())) {
				errors.put("passwordAgain", "The two passwords are not the same. Type the new password again.");
			}
		}
		OptionalLong step = Totp.matchingStep(link.pendingSecret(), form.code(), now);
		if (step.isEmpty()) {
			errors.put("code", "That code does not match. Enter the 6 digits your authenticator app shows now.");
		}
		if (!errors.isEmpty()) {
			return new EnrolmentResult.Invalid(enrolment(link, link.pendingSecret(), new EnrolmentForm(name,
					email, null, null, null), errors));
		}
		if (!links.use(link, now)) {
			return new EnrolmentResult.LinkGone();
		}
		StaffAccount account = existing != null ? existing
				: StaffAccount.invite(EmailAddress.parse(email).orElseThrow().value(), name, Set.of(StaffRole.ADMIN), now);
		String hash = needsPassword ? encoder.encode(form.password()) : account.passwordHash();
		account.activate(name, hash, link.pendingSecret(), step.getAsLong(), now);
		StaffAccount saved = accounts.save(account);
		List<String> codes = recoveryCodes.replace(saved.id(), properties.recoveryCodes());
		events.publishEvent(new StaffAccountChanged(saved.id(), StaffAccountChanged.Change.ENROLLED));
		return new EnrolmentResult.Enrolled(saved.principal(), codes);
	}

	private Enrolment enrolment(StaffLinks.Link link, String secret, EnrolmentForm typed, Map<String, String> errors) {
		StaffAccount account = link.account() == null ? null : accounts.findById(link.account()).orElse(null);
		String email = account != null ? account.email() : typed == null ? null : typed.email();
		String name = typed != null ? typed.name() : account != null ? account.displayName() : "";
		String label = account != null ? account.email() : "administrator";
		String uri = Totp.provisioningUri(site.brandName(), label, secret);
		return new Enrolment(link.purpose().name(), email, account != null, name, Totp.grouped(secret),
				QrCode.svg(uri, "QR code for your authenticator app"), link.purpose() != StaffLinks.Purpose.ENROLMENT,
				errors);
	}

	private static String trim(String value) {
		return value == null ? "" : value.strip();
	}
}
