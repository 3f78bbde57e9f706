package org.ketamineclinic.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ketamineclinic.messaging.MessagePurpose;
import org.ketamineclinic.messaging.Messaging;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffMember;
import org.ketamineclinic.staff.StaffRole;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the on-call clinicians of a safety alert at once, by text and e-mail, as URGENT messages that no quiet hours
 * or daily caps hold back; and again every {@code clinic.assessment.safety.re-escalate-after} while nobody has
 * acknowledged it. The messages name no patient: they link to the alert, which only signed-in clinicians open.
 * Each escalation's messages have their own keys, so two instances never send one twice.
 */
@Component
class SafetyEscalation {

	private final JdbcClient jdbc;

	private final Messaging messaging;

	private final StaffManagement staff;

	private final SiteSettings site;

	private final AssessmentProperties settings;

	private final Clock clock;

	SafetyEscalation(JdbcClient jdbc, Messaging messaging, StaffManagement staff, SiteSettings site,
			AssessmentProperties settings, Clock clock) {
		this.jdbc = jdbc;
		this.messaging = messaging;
		this.staff = staff;
		this.site = site;
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(SafetyConcernRaised raised) {
		escalate(raised.alert(), 0);
	}

	/** Alerts still open after the re-escalation time go out again. */
	@Scheduled(fixedDelayString = "${clinic.assessment.safety.check-every:30s}")
	@Transactional
	public void escalateOverdue() {
		Instant due = clock.instant().minus(settings.safety().reEscalateAfter());
		List<long[]> overdue = jdbc.sql("""
				select id, escalations from safety_alert
				where acknowledged_at is null and escalations > 0 and last_escalated_at <= ?
				for update skip locked""")
			.param(Timestamp.from(due))
			.query((rs, n) -> new long[] { rs.getLong("id"), rs.getInt("escalations") })
			.list();
		overdue.forEach(alert -> escalate(alert[0], (int) alert[1]));
	}

	/** Sends escalation number {@code done + 1}, once: the update claims it. */
	@Transactional
	public void escalate(long alert, int done) {
		if (jdbc.sql("""
				update safety_alert set escalations = ?, last_escalated_at = ?
				where id = ? and escalations = ? and acknowledged_at is null""")
			.params(done + 1, Timestamp.from(clock.instant()), alert, done)
			.update() == 0) {
			return;
		}
		int number = done + 1;
		String link = site.absolute("/staff/safety");
		String again = number == 1 ? "" : " (reminder " + (number - 1) + ": nobody has acknowledged it yet)";
		for (String phone : settings.safety().onCallPhones()) {
			messaging.queueText("safety-alert:" + alert + ":" + number + ":" + phone, phone, MessagePurpose.URGENT,
					"URGENT " + site.brandName() + ": a patient's answers raised a safety concern" + again
							+ ". Open " + link, null, null, null);
		}
		for (String email : emails()) {
			messaging.queueEmail("safety-alert:" + alert + ":" + number + ":" + email, email,
					"URGENT: safety concern" + again, """
							A patient's questionnaire answers raised a safety concern (suicidal thoughts or risk).

							Please open the alert now, contact the patient, and acknowledge it with what you did:
							%s

							Until someone acknowledges it, this alert is sent again every %d minutes.
							""".formatted(link, settings.safety().reEscalateAfter().toMinutes()),
					MessagePurpose.URGENT);
		}
	}

	private List<String> emails() {
		if (!settings.safety().onCallEmails().isEmpty()) {
			return settings.safety().onCallEmails();
		}
		return staff.activeWith(StaffRole.PRESCRIBER).stream().map(StaffMember::email).toList();
	}
}
