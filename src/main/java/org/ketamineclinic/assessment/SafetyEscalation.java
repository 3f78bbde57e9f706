package org.ketamineclinic.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
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
 * Tells the on-call list of a safety alert, one person at a time, by text and e-mail, as URGENT messages that no
 * quiet hours or daily caps hold back: the first person at once, and after every
 * {@code clinic.assessment.safety.re-escalate-after} nobody acknowledged it, the next. The prescriber the alert is
 * assigned to ({@link PrescriberOnDuty}) is e-mailed the task when it is raised.
 *
 * <p>
 * The list is person 1 = the first on-call phone and the first on-call e-mail, person 2 = the second of each, and so
 * on (either may be missing). After the last person it starts again from the first: an alert nobody acknowledged
 * must keep reaching people, and the first person may simply have been with a patient; staying on the last would
 * lean on one phone that may be switched off. With nothing configured, the list is the active prescribers by e-mail,
 * the assigned one first.
 *
 * <p>
 * The messages name no patient: they link to the alert, which only signed-in clinicians open. Each escalation is
 * claimed by one update and its messages have their own keys, so two instances never send one twice; each is
 * audited.
 */
@Component
class SafetyEscalation {

	private final JdbcClient jdbc;

	private final Messaging messaging;

	private final StaffManagement staff;

	private final SiteSettings site;

	private final Auditor auditor;

	private final AssessmentProperties settings;

	private final Clock clock;

	SafetyEscalation(JdbcClient jdbc, Messaging messaging, StaffManagement staff, SiteSettings site, Auditor auditor,
			AssessmentProperties settings, Clock clock) {
		this.jdbc = jdbc;
		this.messaging = messaging;
		this.staff = staff;
		this.site = site;
		this.auditor = auditor;
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(SafetyConcernRaised raised) {
		escalate(raised.alert(), 0);
	}

	/** Alerts still open after the re-escalation time go to the next person on the list. */
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
		Optional<Claimed> claimed = jdbc.sql("""
				update safety_alert set escalations = ?, last_escalated_at = ?
				where id = ? and escalations = ? and acknowledged_at is null
				returning patient_id, assigned_to""")
			.params(done + 1, Timestamp.from(clock.instant()), alert, done)
			.query((rs, n) -> new Claimed(rs.getLong("patient_id"), (Long) rs.getObject("assigned_to")))
			.optional();
		if (claimed.isEmpty()) {
			return;
		}
		int number = done + 1;
		List<OnCall> list = onCallList(claimed.get().assignedTo());
		OnCall person = list.get((number - 1) % list.size());
		String link = site.absolute("/staff/safety");
		String again = number == 1 ? "" : " (nobody has acknowledged it for "
				+ settings.safety().reEscalateAfter().toMinutes() * (number - 1) + " min)";
		if (person.phone() != null) {
			messaging.queueText("safety-alert:" + alert + ":" + number + ":" + person.phone(), person.phone(),
					MessagePurpose.URGENT, "URGENT " + site.brandName() + ": a patient's answers raised a safety "
							+ "concern" + again + ". Open " + link, null, null, null);
		}
		if (person.email() != null) {
			messaging.queueEmail("safety-alert:" + alert + ":" + number + ":" + person.email(), person.email(),
					"URGENT: safety concern" + again, """
							A patient's questionnaire answers raised a safety concern (suicidal thoughts or risk).

							Please open the alert now, contact the patient, and acknowledge it with what you did:
							%s

							Until someone acknowledges it, it goes to the next on-call clinician every %d minutes.
							""".formatted(link, settings.safety().reEscalateAfter().toMinutes()),
					MessagePurpose.URGENT);
		}
		if (number == 1) {
			assignedTask(alert, claimed.get().assignedTo(), person.email(), link);
		}
		auditor.record(AuditAction.MESSAGE, "patient", Long.toString(claimed.get().patientId()),
				"safety-alert:" + alert + ":escalation-" + number);
	}

	/**
	 * The assigned prescriber hears of their task by e-mail too, in case they are not at a screen; once, even when
	 * they are also the first on the list.
	 */
	private void assignedTask(long alert, Long assignedTo, String alreadyTold, String link) {
		if (assignedTo == null) {
			return;
		}
		staff.member(assignedTo).map(StaffMember::email).filter(email -> !email.equals(alreadyTold))
			.ifPresent(email -> messaging.queueEmail(
				"safety-alert:" + alert + ":task:" + assignedTo, email, "URGENT: a safety alert is assigned to you",
				"""
						A patient's questionnaire answers raised a safety concern, and you are the prescriber on \
						duty at their clinic.

						Please open the alert now, contact the patient, and acknowledge it with what you did:
						%s
						""".formatted(link), MessagePurpose.URGENT));
	}

	private List<OnCall> onCallList(Long assignedTo) {
		List<String> phones = settings.safety().onCallPhones();
		List<String> emails = settings.safety().onCallEmails();
		List<OnCall> list = new ArrayList<>();
		for (int i = 0; i < Math.max(phones.size(), emails.size()); i++) {
			list.add(new OnCall(i < phones.size() ? phones.get(i) : null, i < emails.size() ? emails.get(i) : null));
		}
		if (list.isEmpty()) {
			staff.activeWith(StaffRole.PRESCRIBER).stream()
				.sorted((a, b) -> Boolean.compare(!Long.valueOf(a.id()).equals(assignedTo),
						!Long.valueOf(b.id()).equals(assignedTo)))
				.forEach(prescriber -> list.add(new OnCall(null, prescriber.email())));
		}
		if (list.isEmpty()) {
			// Nobody to tell but the screens: the alert still shows at the top of every clinician's page.
			list.add(new OnCall(null, null));
		}
		return list;
	}

	/** One person on the on-call list; either contact may be missing. */
	private record OnCall(String phone, String email) {
	}

	private record Claimed(long patientId, Long assignedTo) {
	}
}
