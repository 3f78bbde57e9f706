package org.ketamineclinic.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.messaging.MessagePurpose;
import org.ketamineclinic.messaging.Messaging;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.patient.PatientSummary;
import org.ketamineclinic.shared.SecretToken;
import org.ketamineclinic.staff.StaffPrincipal;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questionnaires by link: a patient gets a one-time link by text and e-mail (256 random bits, only its hash stored,
 * expiring after {@code clinic.assessment.link-validity}), answers on their phone without signing in, and the
 * answers are scored and stored in one go. A worrying answer raises a safety alert in the same transaction.
 */
@Service
public class QuestionnaireLinks {

	/** What a patient answers before each infusion. */
	public static final List<InstrumentCode> BEFORE_INFUSION = List.of(InstrumentCode.PHQ9, InstrumentCode.GAD7,
			InstrumentCode.CSSRS_SCREENER);

	private final JdbcClient jdbc;

	private final QuestionnaireAnswers answers;

	private final PatientManagement patients;

	private final Messaging messaging;

	private final SiteSettings site;

	private final Auditor auditor;

	private final Clock clock;

	private final AssessmentProperties settings;

	QuestionnaireLinks(JdbcClient jdbc, QuestionnaireAnswers answers, PatientManagement patients, Messaging messaging,
			SiteSettings site, Auditor auditor, Clock clock, AssessmentProperties settings) {
		this.jdbc = jdbc;
		this.answers = answers;
		this.patients = patients;
		this.messaging = messaging;
		this.site = site;
		this.auditor = auditor;
		this.clock = clock;
		this.settings = settings;
	}

	/** Sends the patient a link to answer {@code instruments}; the texts carry the link and nothing about them. */
	@Transactional
	public void send(long patientId, List<InstrumentCode> instruments) {
		send(patientId, instruments, null);
	}

	/**
	 * Sends the questionnaires asked before an infusion for this appointment, unless they were sent for it already
	 * (false then).
	 */
	@Transactional
	public boolean sendForAppointment(long patientId, long appointment) {
		if (jdbc.sql("select count(*) from assessment_link where appointment_id = ?").param(appointment)
			.query(Integer.class).single() > 0) {
			return false;
		}
		send(patientId, BEFORE_INFUSION, appointment);
		return true;
	}

	/**
	 * Sends the questionnaires that follow a completed series, {@code after} its last infusion, unless they were sent
	 * for this order and interval already (false then). The claim comes first: a second instance inserting the same
	 * key waits for the first to commit and then finds it taken.
	 */
	@Transactional
	public boolean sendAfterSeries(long patientId, long order, Duration after) {
		if (jdbc.sql("""
				insert into assessment_follow_up (order_id, after_series, patient_id, sent_at) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(order, after.toString(), patientId, Timestamp.from(clock.instant()))
			.update() == 0) {
			return false;
		}
		long link = send(patientId, BEFORE_INFUSION, null, Wording.AFTER_SERIES);
		jdbc.sql("update assessment_follow_up set link_id = ? where order_id = ? and after_series = ?")
			.params(link, order, after.toString())
			.update();
		return true;
	}

	private long send(long patientId, List<InstrumentCode> instruments, Long appointment) {
		return send(patientId, instruments, appointment, Wording.BEFORE_VISIT);
	}

	/** What the text and e-mail say the questions are for; never anything about the patient. */
	private enum Wording {

		BEFORE_VISIT("please answer a few questions before your visit", "A few questions before your visit",
				"Before your next visit, please answer a few short questions about how you have been."),
		AFTER_SERIES("please tell us how you have been since your infusions", "How have you been since your "
				+ "infusions?", "Your care team would like to know how you have been since your series of "
						+ "infusions. Please answer a few short questions.");

		final String sms;

		final String subject;

		final String opening;

		Wording(String sms, String subject, String opening) {
			this.sms = sms;
			this.subject = subject;
			this.opening = opening;
		}
	}

	private long send(long patientId, List<InstrumentCode> instruments, Long appointment, Wording wording) {
		PatientSummary patient = patients.summary(patientId);
		SecretToken token = SecretToken.random();
		Instant now = clock.instant();
		long link = jdbc.sql("""
				insert into assessment_link (patient_id, instruments, token_hash, created_by, created_at, expires_at,
				    appointment_id)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(patientId, instruments.stream().map(Enum::name).collect(Collectors.joining(",")), token.hash(),
					StaffPrincipal.current().map(StaffPrincipal::id).orElse(null), Timestamp.from(now),
					Timestamp.from(now.plus(settings.linkValidity())), appointment)
			.query(Long.class)
			.single();
		String url = site.absolute("/q/" + token.value());
		long hours = settings.linkValidity().toHours();
		messaging.queueText("questionnaire:" + link + ":sms", patient.demographics().phone(), MessagePurpose.CARE,
				site.brandName() + ": " + wording.sms + ": " + url + " (works for " + hours
						+ " h). Reply STOP to opt out.", null, null, null);
		messaging.queueEmail("questionnaire:" + link + ":email", patient.demographics().email(), wording.subject, """
				Hello,

				%s It takes about five minutes, and it helps your care team see how the treatment is working.

				%s

				The link works once, for %d hours. If you are in crisis, call or text 988, or call 911.
				""".formatted(wording.opening, url, hours), MessagePurpose.CARE);
		auditor.record(AuditAction.MESSAGE, "patient", Long.toString(patientId), "questionnaire-link");
		return link;
	}

	/** What the link shows; empty when the token is unknown. */
	public Optional<QuestionnairePage> open(String token) {
		return link(token).map(link -> new QuestionnairePage(link.instruments().stream().map(Instruments::of).toList(),
				link.usable(clock.instant()), link.usedAt() != null));
	}

	/**
	 * Scores and stores the answers sent through a link ({@code item key → value} as the form sent them); refused
	 * when the link was used or has expired.
	 */
	@Transactional
	public Submitted submit(String token, Map<String, String> form) {
		Link link = link(token).filter(l -> l.usable(clock.instant()))
			.orElseThrow(() -> new AssessmentRefusal(Map.of("link", "This link has been used or has expired.")));
		return answers.record(link.patientId(), link.instruments(), form, "LINK", link.id(), null, () -> {
			if (jdbc.sql("update assessment_link set used_at = ? where id = ? and used_at is null")
				.params(Timestamp.from(clock.instant()), link.id())
				.update() == 0) {
				throw new AssessmentRefusal(Map.of("link", "These answers were sent already."));
			}
		});
	}

	private Optional<Link> link(String token) {
		if (!SecretToken.looksValid(token)) {
			return Optional.empty();
		}
		return jdbc.sql("select * from assessment_link where token_hash = ?")
			.param(new SecretToken(token).hash())
			.query((rs, n) -> new Link(rs.getLong("id"), rs.getLong("patient_id"),
					Arrays.stream(rs.getString("instruments").split(",")).map(InstrumentCode::valueOf).toList(),
					rs.getTimestamp("expires_at").toInstant(),
					rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
			.optional();
	}

	private record Link(long id, long patientId, List<InstrumentCode> instruments, Instant expiresAt,
			Instant usedAt) {

		boolean usable(Instant now) {
			return usedAt == null && now.isBefore(expiresAt);
		}
	}
}
