package org.ketamineclinic.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ketamineclinic.mail.Mailer;
import org.ketamineclinic.mail.OutgoingMail;
import org.ketamineclinic.shared.EmailAddress;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff module's API: who works here (for other modules' screens), and what administrators do with accounts:
 * invite, change roles, disable, reset MFA. Every change is announced with {@link StaffAccountChanged}, which the
 * audit trail records in the same transaction, and every change that takes rights away ends the person's sessions.
 */
@Service
public class StaffManagement {

	private final StaffAccounts accounts;

	private final StaffLinks links;

	private final StaffSessions sessions;

	private final Mailer mailer;

	private final SiteSettings site;

	private final StaffProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	StaffManagement(StaffAccounts accounts, StaffLinks links, StaffSessions sessions, Mailer mailer,
			SiteSettings site, StaffProperties properties, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.links = links;
		this.sessions = sessions;
		this.mailer = mailer;
		this.site = site;
		this.properties = properties;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Optional<StaffMember> member(long id) {
		return accounts.findById(id).map(StaffAccount::member);
	}

	public List<StaffMember> members() {
		return accounts.findAllInOrder().stream().map(StaffAccount::member).toList();
	}

	/** Active colleagues holding {@code role}, e.g. the care coordinators a request can be assigned to. */
	public List<StaffMember> activeWith(StaffRole role) {
		return members().stream().filter(m -> m.status() == AccountStatus.ACTIVE && m.has(role)).toList();
	}

	/**
	 * The roles of everyone who is not disabled, by account id: what the roster needs on every availability search,
	 * read in one light query instead of whole accounts.
	 */
	public Map<Long, Set<StaffRole>> workingRoles() {
		return jdbc.sql("select id, roles from staff_account where status <> 'DISABLED'")
			.query((rs, n) -> Map.entry(rs.getLong("id"), StaffRole.parse(rs.getString("roles"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Display names by account id, for lists that show who did what. */
	public Map<Long, String> names() {
		return accounts.findAll().stream().collect(Collectors.toMap(StaffAccount::id, StaffAccount::displayName));
	}

	/** Creates the account and e-mails its holder a one-time link; refuses an address already in use. */
	public InvitationResult invite(String email, String displayName, Set<StaffRole> roles) {
		var address = EmailAddress.parse(email);
		String name = displayName == null ? "" : displayName.strip();
		if (address.isEmpty()) {
			return new InvitationResult.Refused("email", "Enter the colleague's work e-mail address.");
		}
		if (name.isEmpty() || name.length() > 100) {
			return new InvitationResult.Refused("name", "Enter the colleague's name (up to 100 characters).");
		}
		if (roles.isEmpty()) {
			return new InvitationResult.Refused("roles", "Choose at least one role.");
		}
		if (accounts.findByEmail(address.get().value()).isPresent()) {
			return new InvitationResult.Refused("email", "An account with this e-mail address exists already.");
		}
		Instant now = clock.instant();
		var invited = transactions.execute(status -> {
			StaffAccount saved = accounts.save(StaffAccount.invite(address.get().value(), name, roles, now));
			String token = links.issue(StaffLinks.Purpose.INVITATION, saved.id(), now, properties.invitationValidity());
			events.publishEvent(new StaffAccountChanged(saved.id(), StaffAccountChanged.Change.INVITED));
			return new Issued(saved, token);
		});
		return new InvitationResult.Invited(invited.account().id(), sendLink(invited, "You are invited to the "
				+ site.brandName() + " staff workspace", "You have been invited to the staff workspace of "
				+ site.brandName() + "."));
	}

	/**
	 * A demonstration colleague for a fresh platform's roster: an invited account that was sent no link, so nobody
	 * can sign in as it (an administrator can disable it, or invite the real person with "resend"). Returns the id
	 * of the account with this address, new or existing.
	 */
	public long demonstrationMember(String email, String displayName, Set<StaffRole> roles) {
		return accounts.findByEmail(email).map(StaffAccount::id).orElseGet(() -> transactions.execute(status -> {
			StaffAccount saved = accounts.save(StaffAccount.invite(email, displayName, roles, clock.instant()));
			events.publishEvent(new StaffAccountChanged(saved.id(), StaffAccountChanged.Change.INVITED));
			return saved.id();
		}));
	}

	/** A new invitation link for someone who has not finished setting up (the old link stops working). */
	public boolean resendInvitation(long id) {
		Instant now = clock.instant();
		var issued = transactions.execute(status -> accounts.findById(id)
			.filter(a -> a.status() == AccountStatus.INVITED)
			.map(a -> new Issued(a, links.issue(a.totpSecret() == null && a.passwordHash() != null
					? StaffLinks.Purpose.ENROLMENT : StaffLinks.Purpose.INVITATION, a.id(), now,
					properties.invitationValidity())))
			.orElse(null));
		return issued != null && sendLink(issued, "Your link to the " + site.brandName() + " staff workspace",
				"Here is a new link to finish setting up your account.");
	}

	public void changeRoles(long id, Set<StaffRole> roles) {
		change(id, account -> {
			if (account.roles().contains(StaffRole.ADMIN) && !roles.contains(StaffRole.ADMIN)) {
				refuseRemovingLastAdmin(account);
			}
			account.changeRoles(roles, clock.instant());
			return StaffAccountChanged.Change.ROLES_CHANGED;
		});
	}

	public void disable(long id) {
		change(id, account -> {
			refuseRemovingLastAdmin(account);
			account.disable(clock.instant());
			return StaffAccountChanged.Change.DISABLED;
		});
	}

	public void enable(long id) {
		change(id, account -> {
			account.enable(clock.instant());
			return StaffAccountChanged.Change.ENABLED;
		});
	}

	/** Lost phone: the authenticator is forgotten and its holder gets a link to enrol a new one. */
	public boolean resetMfa(long id) {
		change(id, account -> {
			if (account.status() == AccountStatus.DISABLED) {
				throw new IllegalStateException("Enable the account before resetting its authenticator.");
			}
			account.resetMfa(clock.instant());
			return StaffAccountChanged.Change.MFA_RESET;
		});
		return resendInvitation(id);
	}

	/** Forgotten password: password and authenticator are cleared and the person is e-mailed a link to set both. */
	public boolean resetSignIn(long id) {
		change(id, account -> {
			if (account.status() == AccountStatus.DISABLED) {
				throw new IllegalStateException("Enable the account before resetting its sign-in.");
			}
			account.resetSignIn(clock.instant());
			return StaffAccountChanged.Change.SIGN_IN_RESET;
		});
		return resendInvitation(id);
	}

	/** Ends every session of this person, on every device and app instance. */
	public void signOutEverywhere(long id) {
		change(id, account -> {
			account.signOutEverywhere(clock.instant());
			return StaffAccountChanged.Change.SIGNED_OUT_EVERYWHERE;
		});
	}

	private void change(long id, Function<StaffAccount, StaffAccountChanged.Change> change) {
		transactions.executeWithoutResult(status -> {
			StaffAccount account = accounts.findById(id).orElseThrow(() -> new NoSuchStaffMember(id));
			var what = change.apply(account);
			accounts.save(account);
			events.publishEvent(new StaffAccountChanged(id, what));
		});
		// Rights changed or taken away: sessions signed in with the old ones end now, not at their timeout.
		sessions.endAllOf(id);
	}

	private void refuseRemovingLastAdmin(StaffAccount account) {
		boolean otherAdmin = accounts.findAll()
			.stream()
			.anyMatch(a -> !a.id().equals(account.id()) && a.status() == AccountStatus.ACTIVE
					&& a.roles().contains(StaffRole.ADMIN));
		if (!otherAdmin && account.roles().contains(StaffRole.ADMIN)) {
			throw new IllegalStateException("This is the only active administrator: make someone else an "
					+ "administrator first, or nobody could manage accounts.");
		}
	}

	private boolean sendLink(Issued issued, String subject, String opening) {
		String link = site.absolute("/staff/welcome/" + issued.token());
		String body = "Hello " + issued.account().displayName() + ",\n\n" + opening + "\n\nOpen this link within "
				+ properties.invitationValidity().toHours() + " hours to choose a password and set up the "
				+ "authenticator app on your phone:\n\n" + link + "\n\nThe link works once. If you did not expect "
				+ "this e-mail, you can ignore it.\n\n" + site.brandName();
		try {
			mailer.send(new OutgoingMail(issued.account().email(), subject, body));
			return true;
		}
		catch (Mailer.MailNotSent ex) {
			return false;
		}
	}

	private record Issued(StaffAccount account, String token) {
	}

	/** No account with this id. */
	public static class NoSuchStaffMember extends RuntimeException {

		NoSuchStaffMember(long id) {
			super("No staff account " + id);
		}
	}
}
