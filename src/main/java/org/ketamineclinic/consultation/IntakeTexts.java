package org.ketamineclinic.consultation;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.messaging.MessagePurpose;
import org.ketamineclinic.messaging.Messaging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Texting the person behind a request, from the request page: a coordinator's text (only with consent, the first of
 * a conversation saying how to stop), and consent given or withdrawn by other means, each audited.
 */
@Service
public class IntakeTexts {

	private final Messaging messaging;

	private final JdbcClient jdbc;

	private final Locations locations;

	private final Auditor auditor;

	IntakeTexts(Messaging messaging, JdbcClient jdbc, Locations locations, Auditor auditor) {
		this.messaging = messaging;
		this.jdbc = jdbc;
		this.locations = locations;
		this.auditor = auditor;
	}

	/** A text to the person, from the coordinator; refused at once when they have not agreed to texts. */
	@Transactional
	public void sendText(long id, String body) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty() || text.length() > 300) {
			throw new IntakeRefusal("Write the text (up to 300 characters; 160 fit in one message).");
		}
		var phone = phoneOf(id);
		if (!messaging.mayText(phone)) {
			throw new IntakeRefusal("This person has not agreed to texts, or has opted out: call or e-mail instead.");
		}
		String conversation = IntakeManagement.SUBJECT + ":" + id;
		// The first text of a conversation says how to stop (CTIA); later ones need not repeat it.
		if (!messaging.hasTexted(conversation) && !text.toUpperCase(Locale.ROOT).contains("STOP")) {
			text = text + " Reply STOP to opt out.";
		}
		messaging.queueText("staff-text:" + UUID.randomUUID(), phone, MessagePurpose.CARE, text,
				zoneOf(id).orElse(null), conversation, IntakeManagement.me());
		auditor.record(AuditAction.MESSAGE, IntakeManagement.SUBJECT, Long.toString(id), "sms");
	}

	/** The person asked, by any means, not to be texted: recorded at once, with the reason. */
	@Transactional
	public void recordTextOptOut(long id, String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new IntakeRefusal("Say how the person asked (for example: \"said so on the phone\").");
		}
		messaging.optOutRecordedByStaff(phoneOf(id), shortened(why), IntakeManagement.me());
		auditor.record(AuditAction.UPDATE, IntakeManagement.SUBJECT, Long.toString(id), "consent");
	}

	/** The person agreed to texts another way (said so on the phone, wrote): recorded with how staff know. */
	@Transactional
	public void recordTextConsent(long id, String how) {
		String text = how == null ? "" : how.strip();
		if (text.isEmpty()) {
			throw new IntakeRefusal("Say how the person agreed to texts (for example: \"agreed on the phone today\").");
		}
		messaging.consentRecordedByStaff(phoneOf(id), shortened(text), IntakeManagement.me());
		auditor.record(AuditAction.UPDATE, IntakeManagement.SUBJECT, Long.toString(id), "consent");
	}

	private static String shortened(String text) {
		return text.length() > 150 ? text.substring(0, 150) : text;
	}

	private String phoneOf(long id) {
		return jdbc.sql("select phone_e164 from consultation_request where id = ?").param(id).query(String.class)
			.optional().orElseThrow(() -> new IntakeManagement.NoSuchRequest(id));
	}

	private Optional<ZoneId> zoneOf(long id) {
		return jdbc.sql("select preferred_location from consultation_request where id = ?").param(id)
			.query(String.class).optional().flatMap(locations::bySlug).map(Location::zone);
	}
}
