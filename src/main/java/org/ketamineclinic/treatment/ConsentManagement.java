package org.ketamineclinic.treatment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.messaging.MessagePurpose;
import org.ketamineclinic.messaging.Messaging;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.patient.PatientSummary;
import org.ketamineclinic.shared.SecretToken;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Informed consent: the patient reads the version in force and signs it by typing their name, on a clinic tablet a
 * colleague hands them or from a one-time link sent by e-mail. Each signature keeps the name typed, the time, the IP
 * address, the browser and the document version; a new version of the document needs a new signature.
 */
@Service
public class ConsentManagement {

	private final JdbcClient jdbc;

	private final ConsentDocuments documents;

	private final PatientManagement patients;

	private final Messaging messaging;

	private final SiteSettings site;

	private final Auditor auditor;

	private final TreatmentClock clock;

	private final TreatmentProperties settings;

	private final Staff staff;

	ConsentManagement(JdbcClient jdbc, ConsentDocuments documents, PatientManagement patients, Messaging messaging,
			SiteSettings site, Auditor auditor, TreatmentClock clock, TreatmentProperties settings, Staff staff) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.patients = patients;
		this.messaging = messaging;
		this.site = site;
		this.auditor = auditor;
		this.clock = clock;
		this.settings = settings;
		this.staff = staff;
	}

	public ConsentDocumentView current() {
		return documents.current(ConsentDocuments.INFUSION);
	}

	public ConsentStatus status(long patientId) {
		var names = staff.names();
		List<ConsentSignatureView> signatures = jdbc.sql("""
				select s.id, s.document_id, d.version, s.typed_name, s.signed_at, s.ip_address, s.method, s.staff_id
				from consent_signature s join consent_document d on d.id = s.document_id
				where s.patient_id = ? order by s.signed_at desc, s.id desc""")
			.param(patientId)
			.query((rs, n) -> new ConsentSignatureView(rs.getLong("id"), rs.getLong("document_id"),
					rs.getString("version"), rs.getString("typed_name"), rs.getTimestamp("signed_at").toInstant(),
					rs.getString("ip_address"), rs.getString("method"), names.apply(rs.getLong("staff_id"))))
			.list();
		return new ConsentStatus(current(), signatures);
	}

	/** The patient signs on the tablet of the signed-in colleague, who is recorded beside the signature. */
	@Transactional
	public long signOnTablet(long patientId, long documentId, String typedName, boolean agreed, String ip,
			String userAgent) {
		PatientSummary patient = patients.summary(patientId);
		long id = sign(patient, documentId, typedName, agreed, ip, userAgent, "TABLET", Staff.current(), null);
		auditor.record(AuditAction.CREATE, "patient", Long.toString(patientId), "consent");
		return id;
	}

	/** Sends the patient a one-time link to sign from their own device; returns where it was sent (masked). */
	@Transactional
	public String sendLink(long patientId) {
		PatientSummary patient = patients.summary(patientId);
		ConsentDocumentView document = current();
		SecretToken token = SecretToken.random();
		Instant now = clock.now();
		long link = jdbc.sql("""
				insert into consent_link (patient_id, document_id, token_hash, created_by, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(patientId, document.id(), token.hash(), Staff.current(), Timestamp.from(now),
					Timestamp.from(now.plus(settings.consent().linkValidity())))
			.query(Long.class)
			.single();
		String email = patient.demographics().email();
		long days = Math.max(1, settings.consent().linkValidity().toDays());
		messaging.queueEmail("consent-link:" + link, email, "Your consent form from " + site.brandName(),
				"""
						Hello,

						Before your first infusion we ask you to read the consent form and sign it. It takes about \
						ten minutes, and you can ask us about anything in it first.

						%s

						The link works once, for %d days. If you did not expect this e-mail, call us at %s.
						""".formatted(site.absolute("/consent/" + token.value()), days, site.mainPhoneDisplay()),
				MessagePurpose.CARE);
		auditor.record(AuditAction.MESSAGE, "patient", Long.toString(patientId), "consent-link");
		return masked(email);
	}

	/** What the link shows; empty when the token is unknown. */
	public Optional<ConsentLinkPage> openLink(String token) {
		return link(token).map(link -> new ConsentLinkPage(documents.byId(link.documentId()).orElseThrow(),
				link.usable(clock.now()) && link.documentId() == current().id(), link.usedAt() != null));
	}

	/** The patient signs from the link; refused when it was used, has expired or the document changed since. */
	@Transactional
	public void signByLink(String token, String typedName, boolean agreed, String ip, String userAgent) {
		Link link = link(token).orElseThrow(() -> new TreatmentRefusal("link", "This link is not valid."));
		if (!link.usable(clock.now()) || link.documentId() != current().id()) {
			throw new TreatmentRefusal("link", "This link has been used or has expired. Please call us and we will "
					+ "send a new one.");
		}
		PatientSummary patient = patients.summary(link.patientId());
		sign(patient, link.documentId(), typedName, agreed, ip, userAgent, "LINK", link.createdBy(), link.id());
		jdbc.sql("update consent_link set used_at = ? where id = ? and used_at is null")
			.params(Timestamp.from(clock.now()), link.id())
			.update();
		auditor.record(AuditAction.CREATE, "patient", Long.toString(link.patientId()), "consent-by-link");
	}

	private long sign(PatientSummary patient, long documentId, String typedName, boolean agreed, String ip,
			String userAgent, String method, long staffId, Long linkId) {
		var problems = new java.util.LinkedHashMap<String, String>();
		if (documentId != current().id()) {
			problems.put("document", "The consent form was updated while it was open: read the new version and sign "
					+ "that.");
		}
		String name = typedName == null ? "" : typedName.strip().replaceAll("\\s+", " ");
		if (name.isEmpty()) {
			problems.put("typedName", "Type your full name to sign.");
		}
		else if (!sameName(name, patient.demographics().legalName())) {
			problems.put("typedName", "Type your full name as you gave it to the clinic (first and last name).");
		}
		if (!agreed) {
			problems.put("agreed", "Tick the box to confirm you have read the form and agree.");
		}
		if (!problems.isEmpty()) {
			throw new TreatmentRefusal(problems);
		}
		return jdbc.sql("""
				insert into consent_signature (patient_id, document_id, typed_name, signed_at, ip_address, user_agent,
				    method, staff_id, link_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(patient.id(), documentId, name, Timestamp.from(clock.now()), cut(ip, 45), cut(userAgent, 512),
					method, staffId, linkId)
			.query(Long.class)
			.single();
	}

	private Optional<Link> link(String token) {
		if (!SecretToken.looksValid(token)) {
			return Optional.empty();
		}
		return jdbc.sql("select * from consent_link where token_hash = ?")
			.param(new SecretToken(token).hash())
			.query((rs, n) -> new Link(rs.getLong("id"), rs.getLong("patient_id"), rs.getLong("document_id"),
					rs.getLong("created_by"), rs.getTimestamp("expires_at").toInstant(),
					rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
			.optional();
	}

	private static boolean sameName(String typed, String legal) {
		return typed.toLowerCase(Locale.ROOT).equals(legal.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
	}

	private static String masked(String email) {
		int at = email.indexOf('@');
		return at <= 1 ? email : email.charAt(0) + "•••" + email.substring(at);
	}

	private static String cut(String text, int max) {
		String value = text == null ? "" : text;
		return value.length() > max ? value.substring(0, max) : value;
	}

	private record Link(long id, long patientId, long documentId, long createdBy, Instant expiresAt, Instant usedAt) {

		boolean usable(Instant now) {
			return usedAt == null && now.isBefore(expiresAt);
		}
	}
}
