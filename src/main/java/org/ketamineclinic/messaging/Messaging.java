package org.ketamineclinic.messaging;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messaging module's API. Queuing joins the caller's transaction, so a message exists exactly when the change
 * that caused it was committed (transactional outbox); its key makes it unique. Consent is asked of the ledger at
 * sending time, so a STOP between queuing and sending still stops it.
 */
@Service
public class Messaging {

	private final Outbox outbox;

	private final ConsentLedger consent;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SmsGateway gateway;

	Messaging(Outbox outbox, ConsentLedger consent, JdbcClient jdbc, Clock clock, SmsGateway gateway) {
		this.gateway = gateway;
		this.outbox = outbox;
		this.consent = consent;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Queues a text; false when a message with this key was queued before (it is never sent twice). */
	@Transactional(propagation = Propagation.REQUIRED)
	public boolean queueText(String key, String phone, MessagePurpose purpose, String body, ZoneId zone,
			String conversation, Long queuedBy) {
		return outbox.queue(key, "SMS", purpose, phone, zone == null ? null : zone.getId(), null, body, conversation,
				queuedBy, clock.instant());
	}

	/**
	 * Queues a text to go out at {@code sendAt} (a reminder), and not at all from {@code expiresAt} on: a message the
	 * rules hold back past that time is EXPIRED, never sent late. False when the key was queued before.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public boolean queueTextAt(String key, String phone, MessagePurpose purpose, String body, ZoneId zone,
			String conversation, java.time.Instant sendAt, java.time.Instant expiresAt) {
		java.time.Instant now = clock.instant();
		return outbox.queue(new Outbox.Queued(key, "SMS", purpose, phone, zone == null ? null : zone.getId(), null,
				body, conversation, null, sendAt.isBefore(now) ? now : sendAt, expiresAt, null), now);
	}

	/**
	 * Queues an e-mail with one attachment (an appointment's .ics) in a conversation, so it shows in the person's
	 * thread; callers keep health details out of it.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public boolean queueEmail(String key, String to, String subject, String body, MessagePurpose purpose,
			org.ketamineclinic.mail.OutgoingMail.Attachment attachment, String conversation) {
		java.time.Instant now = clock.instant();
		return outbox.queue(new Outbox.Queued(key, "EMAIL", purpose, to, null, subject, body, conversation, null, now,
				null, attachment), now);
	}

	/** Withdraws a queued message that has not gone out yet; false when it had already been sent (or never was). */
	@Transactional(propagation = Propagation.REQUIRED)
	public boolean cancel(String key) {
		return outbox.cancel(key, clock.instant());
	}

	/** Where a message stands, by its key. */
	public Optional<MessageStatus> statusOf(String key) {
		return jdbc.sql("select status from outbound_message where message_key = ?").param(key)
			.query(String.class).optional().map(MessageStatus::valueOf);
	}

	/** Queues an e-mail; callers keep health details out of it. */
	@Transactional(propagation = Propagation.REQUIRED)
	public boolean queueEmail(String key, String to, String subject, String body, MessagePurpose purpose) {
		return outbox.queue(key, "EMAIL", purpose, to, null, subject, body, null, null, clock.instant());
	}

	/** Consent given, e.g. the form's checkbox; {@code reference} says where the evidence is. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void consentGiven(String phone, ConsentPurpose purpose, String source, String reference, Long by) {
		consent.record(phone, purpose, ConsentLedger.Kind.GIVEN, source, reference, by, clock.instant());
	}

	/**
	 * A person asked not to be texted by other means (a call, a letter, "please stop texting me"): since the FCC's
	 * 2025 rule any reasonable way counts, so staff record it here with the reason.
	 */
	@Transactional
	public void optOutRecordedByStaff(String phone, String reason, long by) {
		for (ConsentPurpose purpose : ConsentPurpose.values()) {
			consent.record(phone, purpose, ConsentLedger.Kind.REVOKED, "STAFF", "staff: " + reason, by,
					clock.instant());
		}
	}

	/**
	 * Removes at most {@code atMost} consent and opt-out records that a newer record for the same number and purpose
	 * replaced before {@code cutoff}; the record that decides today is kept however old. Joins the caller's
	 * transaction; returns how many went.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public int removeConsentReplacedBefore(java.time.Instant cutoff, int atMost) {
		return consent.removeSuperseded(cutoff, atMost);
	}

	/** Whether a text was already queued in this conversation (the first one carries the STOP wording). */
	public boolean hasTexted(String conversation) {
		return jdbc.sql("select exists (select 1 from outbound_message where conversation = ? and channel = 'SMS')")
			.param(conversation).query(Boolean.class).single();
	}

	/** "twilio", or "development" when texts stay in the outbox. */
	public String gatewayName() {
		return gateway.name();
	}

	/** A person agreed to texts another way (on the phone, in writing): staff record it with how they know. */
	@Transactional
	public void consentRecordedByStaff(String phone, String how, long by) {
		consent.record(phone, ConsentPurpose.CARE, ConsentLedger.Kind.GIVEN, "STAFF", "staff: " + how, by,
				clock.instant());
	}

	public boolean mayText(String phone) {
		return consent.allows(phone, ConsentPurpose.CARE);
	}

	/** The sender's number of an inbound text, for listeners of {@link SmsReceived}. */
	public Optional<String> senderOf(long inboundMessage) {
		return jdbc.sql("select from_e164 from inbound_message where id = ?").param(inboundMessage)
			.query(String.class).optional();
	}

	/** What an inbound text said, for listeners of {@link SmsReceived}. */
	public Optional<String> bodyOf(long inboundMessage) {
		return jdbc.sql("select body from inbound_message where id = ?").param(inboundMessage)
			.query(String.class).optional();
	}

	/** Files an inbound text under a conversation ("consultation-request:42"). */
	@Transactional(propagation = Propagation.REQUIRED)
	public void attach(long inboundMessage, String conversation) {
		jdbc.sql("update inbound_message set conversation = ? where id = ?").params(conversation, inboundMessage)
			.update();
	}

	/** Texts and e-mails of a conversation, oldest first; incoming texts from {@code phone} are included too. */
	public List<ThreadEntry> thread(String conversation) {
		var outgoing = jdbc.sql("""
				select channel, body, status, last_error, created_at from outbound_message
				where conversation = ? order by created_at, id""")
			.param(conversation)
			.query((rs, n) -> {
				MessageStatus status = MessageStatus.valueOf(rs.getString("status"));
				boolean problem = status == MessageStatus.BLOCKED || status == MessageStatus.WAITING
						|| status == MessageStatus.FAILED || status == MessageStatus.RETRY
						|| status == MessageStatus.UNCERTAIN || status == MessageStatus.UNDELIVERED
						|| status == MessageStatus.EXPIRED;
				return new ThreadEntry(false, rs.getTimestamp("created_at").toInstant(), rs.getString("channel"),
						rs.getString("body"), status, problem ? rs.getString("last_error") : null);
			})
			.list();
		var incoming = jdbc.sql("""
				select body, received_at from inbound_message where conversation = ? order by received_at, id""")
			.param(conversation)
			.query((rs, n) -> new ThreadEntry(true, rs.getTimestamp("received_at").toInstant(), "SMS",
					rs.getString("body"), null, null))
			.list();
		return Stream.concat(outgoing.stream(), incoming.stream())
			.sorted(Comparator.comparing(ThreadEntry::at))
			.toList();
	}

	/**
	 * @param id   inbound message id
	 * @param from the sender's number
	 * @param body what they wrote
	 * @param at   when
	 */
	public record Unmatched(long id, String from, String body, java.time.Instant at) {
	}

	/** Texts from numbers no conversation knows, newest first, for staff to sort out. */
	public List<Unmatched> unmatched(int limit) {
		return jdbc.sql("""
				select id, from_e164, body, received_at from inbound_message
				where conversation is null and keyword is null order by received_at desc limit ?""")
			.param(limit)
			.query((rs, n) -> new Unmatched(rs.getLong("id"), rs.getString("from_e164"), rs.getString("body"),
					rs.getTimestamp("received_at").toInstant()))
			.list();
	}

	/**
	 * @param recipient number or address
	 * @param channel   SMS or EMAIL
	 * @param subject   e-mail subject
	 * @param body      text
	 * @param status    where it stands
	 * @param problem   why not sent, if so
	 * @param at        when queued
	 */
	public record OutboxEntry(String recipient, String channel, String subject, String body, MessageStatus status,
			String problem, java.time.Instant at) {
	}

	/** The newest messages of the outbox, for the development outbox page. */
	public List<OutboxEntry> recent(int limit) {
		return jdbc.sql("""
				select recipient, channel, subject, body, status, last_error, created_at from outbound_message
				order by created_at desc, id desc limit ?""")
			.param(limit)
			.query((rs, n) -> new OutboxEntry(rs.getString("recipient"), rs.getString("channel"),
					rs.getString("subject"), rs.getString("body"), MessageStatus.valueOf(rs.getString("status")),
					rs.getString("last_error"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** Used by the status webhook: the provider's delivery report for one of our messages. */
	@Transactional
	void providerReport(String providerId, MessageStatus status, String error, Integer errorCode) {
		outbox.providerStatus(providerId, status, error, clock.instant());
		if (errorCode != null && errorCode == 21610) {
			jdbc.sql("select recipient from outbound_message where provider_id = ?").param(providerId)
				.query(String.class).optional()
				.ifPresent(phone -> consent.record(phone, ConsentPurpose.CARE, ConsentLedger.Kind.REVOKED,
						"PROVIDER_ERROR_21610", "provider-message:" + providerId, null, clock.instant()));
		}
	}

}
