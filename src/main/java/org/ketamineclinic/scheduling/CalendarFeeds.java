package org.ketamineclinic.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.consultation.IntakeManagement;
import org.ketamineclinic.consultation.RequestContact;
import org.ketamineclinic.shared.SecretToken;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member's own calendar as an iCalendar feed their calendar app subscribes to. The feed's address holds a
 * secret token (only its hash is stored); a new address revokes the old one. Calendar apps are outside the clinic's
 * control, so events carry initials and the clinic only: no names, no reasons, no phone numbers.
 */
@Service
public class CalendarFeeds {

	private final JdbcClient jdbc;

	private final CalendarViews views;

	private final IntakeManagement intake;

	private final Confirmations confirmations;

	private final SiteSettings site;

	private final Auditor auditor;

	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, CalendarViews views, IntakeManagement intake, Confirmations confirmations,
			SiteSettings site, Auditor auditor, Clock clock) {
		this.jdbc = jdbc;
		this.views = views;
		this.intake = intake;
		this.confirmations = confirmations;
		this.site = site;
		this.auditor = auditor;
		this.clock = clock;
	}

	public boolean hasFeed(long staffId) {
		return jdbc.sql("select exists (select 1 from calendar_feed where staff_id = ?)").param(staffId)
			.query(Boolean.class).single();
	}

	/** A new feed address for this person (the old one stops working); shown once. */
	@Transactional
	public String renew(long staffId) {
		SecretToken token = SecretToken.random();
		jdbc.sql("""
				insert into calendar_feed (staff_id, token_hash, created_at) values (?, ?, ?)
				on conflict (staff_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at""")
			.params(staffId, token.hash(), Timestamp.from(clock.instant()))
			.update();
		auditor.record(AuditAction.CREATE, "calendar-feed", Long.toString(staffId), "calendar-feed");
		return site.absolute("/calendar/" + token.value() + ".ics");
	}

	@Transactional
	public void revoke(long staffId) {
		jdbc.sql("delete from calendar_feed where staff_id = ?").param(staffId).update();
		auditor.record(AuditAction.DELETE, "calendar-feed", Long.toString(staffId), "calendar-feed");
	}

	/** The feed behind a token, or empty when the token is unknown or revoked. */
	@Transactional
	public Optional<String> feed(String token) {
		if (!SecretToken.looksValid(token)) {
			return Optional.empty();
		}
		return jdbc.sql("select staff_id from calendar_feed where token_hash = ?")
			.param(new SecretToken(token).hash())
			.query(Long.class)
			.optional()
			.map(staffId -> {
				Instant now = clock.instant();
				List<AppointmentView> coming = views.ofStaff(staffId, now.minus(Duration.ofDays(30)),
						now.plus(Duration.ofDays(120)));
				var people = intake.contacts(coming.stream().map(AppointmentView::person).distinct().toList());
				List<ICalendar.Event> events = coming.stream().map(a -> {
					RequestContact person = people.get(a.person());
					String initials = person == null ? "?" : person.initials();
					return new ICalendar.Event(confirmations.uid(a.id()), a.start(), a.end(),
							"Appointment: " + initials, a.clinic() + (a.holds().isEmpty() ? "" : " – " + a.holds().get(0)),
							null, false, a.version());
				}).toList();
				auditor.record(AuditAction.VIEW, "calendar-feed", Long.toString(staffId), "calendar-feed");
				return ICalendar.write("-//" + site.brandName() + "//Staff calendar//EN", site.brandName(), "PUBLISH",
						events, now);
			});
	}
}
