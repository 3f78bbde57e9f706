package org.ketamineclinic.messaging;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Consent to texts as an append-only ledger per number and purpose: GIVEN, REVOKED, RESTORED. The current state is
 * the latest event; nothing is ever changed, so the history answers "when did they agree, when did they stop, and
 * how do we know". An event is removed only once a later one replaced it long enough ago ({@link #removeSuperseded});
 * the latest never is (the database refuses it too).
 */
@Component
class ConsentLedger {

	enum Kind {
		GIVEN, REVOKED, RESTORED
	}

	private final JdbcClient jdbc;

	ConsentLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String phone, ConsentPurpose purpose, Kind kind, String source, String reference, Long by,
			Instant at) {
		jdbc.sql("""
				insert into sms_consent_event (phone_e164, purpose, kind, source, reference, occurred_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(phone, purpose.name(), kind.name(), source, reference.length() > 200 ? reference.substring(0, 200)
					: reference, Timestamp.from(at), by)
			.update();
	}

	/**
	 * Removes at most {@code atMost} events that stopped deciding anything before {@code cutoff}: a later event for the
	 * same number and purpose replaced them then. Their age counts from that replacement, not from the event itself
	 * (a consent given ten years ago and withdrawn last year is evidence for the texts sent in between); and when the
	 * two times disagree (clocks of two instances), the later one counts.
	 */
	int removeSuperseded(Instant cutoff, int atMost) {
		return jdbc.sql("""
				delete from sms_consent_event where id in (
				    select e.id from sms_consent_event e
				    join lateral (select n.occurred_at from sms_consent_event n
				                  where n.phone_e164 = e.phone_e164 and n.purpose = e.purpose and n.id > e.id
				                  order by n.id limit 1) replaced on true
				    where e.occurred_at < :cutoff and replaced.occurred_at < :cutoff
				    order by e.id
				    limit :atMost)""")
			.param("cutoff", Timestamp.from(cutoff))
			.param("atMost", atMost)
			.update();
	}

	/** True when the latest event for this number and purpose gives consent. */
	boolean allows(String phone, ConsentPurpose purpose) {
		return jdbc.sql("""
				select kind from sms_consent_event where phone_e164 = ? and purpose = ? order by id desc limit 1""")
			.params(phone, purpose.name())
			.query(String.class)
			.optional()
			.map(kind -> !Kind.REVOKED.name().equals(kind))
			.orElse(false);
	}
}
