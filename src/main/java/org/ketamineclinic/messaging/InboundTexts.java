package org.ketamineclinic.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A text someone sent us, from the provider's webhook: stored once (the provider's id is unique), a keyword acted on
 * at once with exactly one confirmation, anything else announced so that the right conversation picks it up. The
 * work is a few inserts, so the webhook answers well within the provider's timeout.
 */
@Component
class InboundTexts {

	private final JdbcClient jdbc;

	private final ConsentLedger consent;

	private final Outbox outbox;

	private final SmsTexts texts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InboundTexts(JdbcClient jdbc, ConsentLedger consent, Outbox outbox, SmsTexts texts,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.consent = consent;
		this.outbox = outbox;
		this.texts = texts;
		this.events = events;
		this.clock = clock;
	}

	/** Handles one inbound text; a second delivery of the same provider id changes nothing. */
	@Transactional
	void receive(String providerId, String from, String to, String body) {
		Instant now = clock.instant();
		Optional<Keywords.Keyword> keyword = Keywords.classify(body);
		Optional<Long> stored = jdbc.sql("""
				insert into inbound_message (provider_id, from_e164, to_e164, body, keyword, received_at)
				values (?, ?, ?, ?, ?, ?) on conflict (provider_id) do nothing returning id""")
			// PostgreSQL's text cannot hold U+0000; a NUL in a text message carries nothing a person wrote.
			.params(providerId, from, to, body == null ? "" : body.replace("\0", ""), keyword.map(Enum::name).orElse(null),
					Timestamp.from(now))
			.query(Long.class)
			.optional();
		if (stored.isEmpty()) {
			return;
		}
		String reference = "inbound-message:" + stored.get();
		if (keyword.isEmpty()) {
			events.publishEvent(new SmsReceived(stored.get()));
			return;
		}
		switch (keyword.get()) {
			case OPT_OUT -> {
				for (ConsentPurpose purpose : ConsentPurpose.values()) {
					consent.record(from, purpose, ConsentLedger.Kind.REVOKED, "KEYWORD", reference, null, now);
				}
				reply(providerId, from, texts.optedOut(), now);
			}
			case OPT_IN -> {
				consent.record(from, ConsentPurpose.CARE, ConsentLedger.Kind.RESTORED, "KEYWORD", reference, null, now);
				reply(providerId, from, texts.optedIn(), now);
			}
			case HELP -> reply(providerId, from, texts.help(), now);
		}
	}

	private void reply(String providerId, String to, String body, Instant now) {
		outbox.queue("keyword-reply:" + providerId, "SMS", MessagePurpose.KEYWORD_REPLY, to, null, null, body, null,
				null, now);
	}
}
