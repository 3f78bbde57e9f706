package org.ketamineclinic.consultation;

import org.ketamineclinic.messaging.MessagePurpose;
import org.ketamineclinic.messaging.Messaging;
import org.ketamineclinic.messaging.SmsReceived;
import org.ketamineclinic.messaging.TextNotSent;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A text from a person who asked for a consultation joins that request's conversation (their newest request with
 * that number), and the coordinator working it is told by e-mail, without the text itself. Texts from numbers no
 * request knows stay in the unmatched queue. Runs in the webhook's transaction.
 */
@Component
class ConsultationReplies {

	private final Messaging messaging;

	private final JdbcClient jdbc;

	private final StaffManagement staff;

	private final SiteSettings site;

	ConsultationReplies(Messaging messaging, JdbcClient jdbc, StaffManagement staff, SiteSettings site) {
		this.messaging = messaging;
		this.jdbc = jdbc;
		this.staff = staff;
		this.site = site;
	}

	@EventListener
	void on(SmsReceived received) {
		messaging.senderOf(received.inboundMessage())
			.flatMap(phone -> jdbc.sql("""
					select id, reference_code, assignee from consultation_request
					where phone_e164 = ? and status <> 'SPAM' order by received_at desc limit 1""")
				.param(phone)
				.query((rs, n) -> new Match(rs.getLong("id"), rs.getString("reference_code"),
						rs.getObject("assignee", Long.class)))
				.optional())
			.ifPresent(match -> {
				messaging.attach(received.inboundMessage(), IntakeManagement.SUBJECT + ":" + match.id());
				if (match.assignee() != null) {
					staff.member(match.assignee()).ifPresent(coordinator -> messaging.queueEmail(
							"reply-notice:" + received.inboundMessage(), coordinator.email(),
							"A text arrived on request " + match.reference(),
							"The person behind request " + match.reference() + " sent a text. Read it in their "
									+ "conversation:\n" + site.absolute("/staff/consultations/" + match.id()),
							MessagePurpose.STAFF_NOTICE));
				}
			});
	}

	/** A text to the person was blocked (no consent): the coordinator is asked to call instead. */
	@EventListener
	void on(TextNotSent blocked) {
		String prefix = IntakeManagement.SUBJECT + ":";
		if (blocked.conversation() == null || !blocked.conversation().startsWith(prefix)) {
			return;
		}
		long id = Long.parseLong(blocked.conversation().substring(prefix.length()));
		jdbc.sql("select id, reference_code, assignee from consultation_request where id = ?")
			.param(id)
			.query((rs, n) -> new Match(rs.getLong("id"), rs.getString("reference_code"),
					rs.getObject("assignee", Long.class)))
			.optional()
			.filter(match -> match.assignee() != null)
			.ifPresent(match -> staff.member(match.assignee()).ifPresent(coordinator -> messaging.queueEmail(
					"blocked-notice:" + blocked.outboundMessage(), coordinator.email(),
					"A text on request " + match.reference() + " was not sent: please call",
					"A text to the person behind request " + match.reference() + " was not sent: "
							+ blocked.reason() + "\n" + site.absolute("/staff/consultations/" + match.id()),
					MessagePurpose.STAFF_NOTICE)));
	}

	private record Match(long id, String reference, Long assignee) {
	}
}
