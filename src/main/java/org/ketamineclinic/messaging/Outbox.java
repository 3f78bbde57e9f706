package org.ketamineclinic.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Queuing is an insert in the caller's transaction that keeps the first row for a key; taking due
 * messages locks them ({@code for update skip locked}) so that several dispatchers never take the same one.
 */
@Repository
class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queues a message; false when a message with this key exists already (it is never queued twice). */
	boolean queue(String key, String channel, MessagePurpose purpose, String recipient, String zone, String subject,
			String body, String conversation, Long createdBy, Instant now) {
		return queue(new Queued(key, channel, purpose, recipient, zone, subject, body, conversation, createdBy, now,
				null, null), now);
	}

	/**
	 * A message to queue.
	 *
	 * @param sendAt     not before this instant
	 * @param expiresAt  not at or after this one (null: no limit)
	 * @param attachment an e-mail's attachment, or null
	 */
	record Queued(String key, String channel, MessagePurpose purpose, String recipient, String zone, String subject,
			String body, String conversation, Long createdBy, Instant sendAt, Instant expiresAt,
			org.ketamineclinic.mail.OutgoingMail.Attachment attachment) {
	}

	boolean queue(Queued message, Instant now) {
		var attachment = message.attachment();
		return jdbc.sql("""
				insert into outbound_message (message_key, channel, purpose, recipient, recipient_zone, subject, body,
				    conversation, status, next_attempt_at, expires_at, attachment_name, attachment_type, attachment,
				    created_at, created_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (message_key) do nothing""")
			.params(message.key(), message.channel(), message.purpose().name(), message.recipient(), message.zone(),
					message.subject(), message.body(), message.conversation(), Timestamp.from(message.sendAt()),
					message.expiresAt() == null ? null : Timestamp.from(message.expiresAt()),
					attachment == null ? null : attachment.fileName(),
					attachment == null ? null : attachment.contentType(),
					attachment == null ? null : attachment.content(), Timestamp.from(now), message.createdBy(),
					Timestamp.from(now))
			.update() == 1;
	}

	/** Withdraws a message that has not gone out; false when it had (or never existed). */
	boolean cancel(String key, Instant now) {
		return jdbc.sql("""
				update outbound_message set status = 'CANCELLED', updated_at = ?
				where message_key = ? and status in ('QUEUED', 'WAITING', 'RETRY')""")
			.params(Timestamp.from(now), key)
			.update() == 1;
	}

	void expire(long id, String reason, Instant now) {
		jdbc.sql("update outbound_message set status = 'EXPIRED', last_error = ?, updated_at = ? where id = ?")
			.params(reason, Timestamp.from(now), id)
			.update();
	}

	List<OutboundMessage> takeDue(Instant now, int limit) {
		return jdbc.sql("""
				select * from outbound_message
				where status in ('QUEUED', 'WAITING', 'RETRY') and next_attempt_at <= ?
				order by next_attempt_at, id limit ? for update skip locked""")
			.params(Timestamp.from(now), limit)
			.query(Outbox::map)
			.list();
	}

	void markSending(long id, Instant now) {
		set(id, "status = 'SENDING', attempts = attempts + 1", now);
	}

	/** Marked sending but never handed to the provider (the app was stopping): queued again, the attempt not counted. */
	void putBack(long id, Instant now) {
		jdbc.sql("""
				update outbound_message set status = 'QUEUED', attempts = attempts - 1, updated_at = ?
				where id = ? and status = 'SENDING'""")
			.params(Timestamp.from(now), id)
			.update();
	}

	void waitUntil(long id, Instant until, Instant now) {
		jdbc.sql("update outbound_message set status = 'WAITING', next_attempt_at = ?, updated_at = ? where id = ?")
			.params(Timestamp.from(until), Timestamp.from(now), id)
			.update();
	}

	void block(long id, String reason, Instant now) {
		jdbc.sql("update outbound_message set status = 'BLOCKED', last_error = ?, updated_at = ? where id = ?")
			.params(reason, Timestamp.from(now), id)
			.update();
	}

	void sent(long id, String provider, String providerId, Instant now) {
		markSent(id, provider, providerId, now, "");
	}

	private void markSent(long id, String provider, String providerId, Instant now, String condition) {
		jdbc.sql("""
				update outbound_message set status = 'SENT', provider = ?, provider_id = ?, sent_at = ?, updated_at = ?,
				    last_error = null
				where id = ?""" + condition)
			.params(provider, providerId, Timestamp.from(now), Timestamp.from(now), id)
			.update();
	}

	void retry(long id, String reason, Instant at, Instant now) {
		jdbc.sql("""
				update outbound_message set status = 'RETRY', last_error = ?, next_attempt_at = ?, updated_at = ?
				where id = ?""")
			.params(reason, Timestamp.from(at), Timestamp.from(now), id)
			.update();
	}

	void fail(long id, String reason, Instant now) {
		jdbc.sql("update outbound_message set status = 'FAILED', last_error = ?, updated_at = ? where id = ?")
			.params(reason, Timestamp.from(now), id)
			.update();
	}

	void uncertain(long id, String reason, Instant now) {
		jdbc.sql("update outbound_message set status = 'UNCERTAIN', last_error = ?, updated_at = ? where id = ?")
			.params(reason, Timestamp.from(now), id)
			.update();
	}

	/**
	 * Uncertain texts that have waited {@code settle} (any call of theirs has long ended at the provider), claimed
	 * for one check: their {@code updated_at} moves to now, so no other instance takes them before the next period.
	 */
	List<OutboundMessage> claimUncertain(Instant settledBefore, int limit, Instant now) {
		List<OutboundMessage> claimed = jdbc.sql("""
				select * from outbound_message
				where status = 'UNCERTAIN' and channel = 'SMS' and updated_at < ?
				order by updated_at, id limit ? for update skip locked""")
			.params(Timestamp.from(settledBefore), limit)
			.query(Outbox::map)
			.list();
		for (OutboundMessage message : claimed) {
			jdbc.sql("update outbound_message set updated_at = ? where id = ?")
				.params(Timestamp.from(now), message.id())
				.update();
		}
		return claimed;
	}

	/** The provider's ids already on this number's messages: a text found at the provider must be none of them. */
	Set<String> providerIdsFor(String recipient) {
		return new HashSet<>(jdbc.sql("""
				select provider_id from outbound_message where recipient = ? and provider_id is not null""")
			.param(recipient)
			.query(String.class)
			.list());
	}

	/** An uncertain text the provider never got: back to the queue, to be checked and sent like any other. */
	void sendAgain(long id, String reason, Instant now) {
		jdbc.sql("""
				update outbound_message set status = 'RETRY', last_error = ?, next_attempt_at = ?, updated_at = ?
				where id = ? and status = 'UNCERTAIN'""")
			.params(reason, Timestamp.from(now), Timestamp.from(now), id)
			.update();
	}

	/** An uncertain text the provider did get: sent after all, with the provider's id for its delivery reports. */
	void foundSent(long id, String provider, String providerId, Instant now) {
		markSent(id, provider, providerId, now, " and status = 'UNCERTAIN'");
	}

	/** Sending interrupted by a crash: the provider may or may not have it. Staff decide; nothing is sent twice. */
	int markInterrupted(Instant startedBefore, Instant now) {
		return jdbc.sql("""
				update outbound_message set status = 'UNCERTAIN', updated_at = ?,
				    last_error = 'Interrupted while being handed to the provider'
				where status = 'SENDING' and updated_at < ?""")
			.params(Timestamp.from(now), Timestamp.from(startedBefore))
			.update();
	}

	/** A delivery report from the provider; the same report twice changes nothing. */
	int providerStatus(String providerId, MessageStatus status, String error, Instant now) {
		return jdbc.sql("""
				update outbound_message set status = ?, last_error = coalesce(?, last_error), updated_at = ?
				where provider_id = ? and status not in ('DELIVERED')""")
			.params(status.name(), error, Timestamp.from(now), providerId)
			.update();
	}

	/** Reminders this number was sent (or is being sent) since {@code since}. */
	int remindersSince(String recipient, Instant since) {
		return jdbc.sql("""
				select count(*) from outbound_message
				where recipient = ? and purpose = 'REMINDER' and status in ('SENDING', 'SENT', 'DELIVERED')
				  and coalesce(sent_at, updated_at) >= ?""")
			.params(recipient, Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	private void set(long id, String assignments, Instant now) {
		jdbc.sql("update outbound_message set " + assignments + ", updated_at = ? where id = ?")
			.params(Timestamp.from(now), id)
			.update();
	}

	static OutboundMessage map(ResultSet rs, int row) throws SQLException {
		return new OutboundMessage(rs.getLong("id"), rs.getString("message_key"), rs.getString("channel"),
				MessagePurpose.valueOf(rs.getString("purpose")), rs.getString("recipient"),
				rs.getString("recipient_zone"), rs.getString("subject"), rs.getString("body"),
				rs.getString("conversation"), MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at") == null ? null : rs.getTimestamp("expires_at").toInstant(),
				rs.getString("attachment_name") == null ? null
						: new org.ketamineclinic.mail.OutgoingMail.Attachment(rs.getString("attachment_name"),
								rs.getString("attachment_type"), rs.getString("attachment")));
	}

	static Duration backoff(Duration first, int attempt, double jitter) {
		long base = first.toMillis() << Math.min(attempt - 1, 16);
		return Duration.ofMillis((long) (base * (0.5 + jitter)));
	}
}
