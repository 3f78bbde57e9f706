package org.ketamineclinic.messaging;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Consent to texts as an append-only ledger per number and purpose: GIVEN, REVOKED, RESTORED. The current state is
 * the latest event; nothing is ever changed or removed, so the history answers "when did they agree, when did they
 * stop, and how do we know".
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
