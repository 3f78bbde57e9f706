package org.ketamineclinic.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ketamineclinic.mail.Mailer;
import org.ketamineclinic.mail.OutgoingMail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each round takes due messages under a row lock (so dispatchers on several instances
 * never share one), checks the rules, and commits "sending" before handing a message to the provider; the answer is
 * recorded in a second transaction. A crash between the two leaves the message "sending": it is marked UNCERTAIN
 * after {@code sendingTimeout} and shown to staff, never sent again on its own (never twice wins over never lost, and
 * staff see it).
 * <p>
 * So a deployment's SIGTERM must not leave any "sending": the dispatcher is the first thing to stop (the highest
 * lifecycle phase), starts no further round, puts back what it had taken but not yet handed over, and waits for the
 * calls already with the provider so that their answers are recorded before the database goes.
 */
@Component
class MessageDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);

	/** Longer than the provider's own time-out (10 s), so a call in flight at shutdown ends with its answer. */
	private static final long SENDS_FINISH_WITHIN_S = 15;

	private final Outbox outbox;

	private final SendingRules rules;

	private final ConsentLedger consent;

	private final SmsGateway sms;

	private final Mailer mailer;

	private final MessagingProperties properties;

	private final String statusCallback;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final java.util.concurrent.ExecutorService senders;

	private final MessagingMeters meters;

	private volatile boolean running = true;

	private final AtomicInteger sendsInFlight = new AtomicInteger();

	private final AtomicInteger finishedAfterStop = new AtomicInteger();

	private final AtomicInteger putBack = new AtomicInteger();

	MessageDispatcher(ApplicationEventPublisher events, Outbox outbox, SendingRules rules, ConsentLedger consent,
			SmsGateway sms, Mailer mailer,
			MessagingProperties properties, StatusCallbackUrl statusCallback, TransactionTemplate transactions,
			Clock clock, MessagingMeters meters) {
		this.meters = meters;
		this.events = events;
		this.senders = java.util.concurrent.Executors.newFixedThreadPool(properties.sendConcurrency(), runnable -> {
			Thread thread = new Thread(runnable, "message-sender");
			thread.setDaemon(true);
			return thread;
		});
		this.outbox = outbox;
		this.rules = rules;
		this.consent = consent;
		this.sms = sms;
		this.mailer = mailer;
		this.properties = properties;
		this.statusCallback = statusCallback.url();
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${clinic.messaging.dispatch-every:1s}",
			initialDelayString = "${clinic.messaging.dispatch-every:1s}")
	void dispatch() {
		if (!running) {
			return;
		}
		transactions.executeWithoutResult(status -> outbox.markInterrupted(
				clock.instant().minus(properties.sendingTimeout()), clock.instant()));
		while (running && !Thread.currentThread().isInterrupted() && dispatchBatch() > 0) {
			// Go on while there is work: a burst drains at the speed of the provider, not of the schedule.
		}
	}

	@Override
	public void start() {
		running = true;
	}

	/** No further round; the round in progress puts back what it has not handed over yet, and ends. */
	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** First to stop, before the web server's graceful wait: no new text goes out once the app is told to stop. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

	@jakarta.annotation.PreDestroy
	void close() {
		running = false;
		senders.shutdown();
		try {
			// Before the connection pool closes (it is destroyed after this bean): each answer must be recorded.
			if (!senders.awaitTermination(SENDS_FINISH_WITHIN_S, TimeUnit.SECONDS)) {
				log.warn("Message dispatcher stopped with {} calls to the provider unanswered; their messages stay "
						+ "'sending' until staff check them", sendsInFlight.get());
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		log.info("Message dispatcher stopped: {} calls in flight at the stop finished and were recorded, {} messages "
				+ "taken but not yet sent went back to the queue", finishedAfterStop.get(), putBack.get());
	}

	/** One round; returns how many messages it handled (sent, deferred or blocked). */
	int dispatchBatch() {
		List<OutboundMessage> toSend = new ArrayList<>();
		Integer decided = transactions.execute(status -> {
			Instant now = clock.instant();
			List<OutboundMessage> due = outbox.takeDue(now, properties.batchSize());
			for (OutboundMessage message : due) {
				if (message.expiredAt(now)) {
					outbox.expire(message.id(), "Its time had passed before it could be sent", now);
					meters.outcome(message, "expired");
					continue;
				}
				SendingRules.Decision decision = rules.check(message, now);
				if (decision instanceof SendingRules.Decision.Wait wait && message.expiredAt(wait.until())) {
					// A reminder that could only go out after the appointment began would confuse, not help.
					outbox.expire(message.id(), wait.why() + " until after it stops making sense", now);
					meters.outcome(message, "expired");
				}
				else if (decision instanceof SendingRules.Decision.Wait wait) {
					outbox.waitUntil(message.id(), wait.until(), now);
				}
				else if (decision instanceof SendingRules.Decision.Block block) {
					outbox.block(message.id(), block.why(), now);
					meters.outcome(message, "blocked");
					events.publishEvent(new TextNotSent(message.id(), message.conversation(), block.why()));
				}
				else {
					outbox.markSending(message.id(), now);
					toSend.add(message);
				}
			}
			return due.size();
		});
		// The provider answers each call in tens of milliseconds: several calls at once keep a burst moving.
		List<java.util.concurrent.Future<?>> sending = new ArrayList<>();
		for (OutboundMessage message : toSend) {
			sending.add(senders.submit(() -> sendUnlessStopped(message)));
		}
		for (var future : sending) {
			try {
				future.get();
			}
			catch (java.util.concurrent.ExecutionException ex) {
				log.error("Sending a message failed unexpectedly; it stays 'sending' and is flagged after the timeout",
						ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return decided == null ? 0 : decided;
	}

	void sendUnlessStopped(OutboundMessage message) {
		if (!running) {
			// Marked sending in this round but never handed over: safe to send later, here or on another instance.
			transactions.executeWithoutResult(status -> outbox.putBack(message.id(), clock.instant()));
			putBack.incrementAndGet();
			return;
		}
		sendsInFlight.incrementAndGet();
		try {
			send(message);
		}
		finally {
			sendsInFlight.decrementAndGet();
			if (!running) {
				finishedAfterStop.incrementAndGet();
			}
		}
	}

	private void send(OutboundMessage message) {
		if (!message.isSms()) {
			sendEmail(message);
			return;
		}
		SmsGateway.Result result = sms.send(new SmsGateway.OutgoingSms(message.recipient(), message.body(),
				statusCallback));
		transactions.executeWithoutResult(status -> record(message, result, clock.instant()));
	}

	private void record(OutboundMessage message, SmsGateway.Result result, Instant now) {
		if (result instanceof SmsGateway.Result.Accepted accepted) {
			outbox.sent(message.id(), sms.name(), accepted.providerId(), now);
			meters.outcome(message, "sent");
		}
		else if (result instanceof SmsGateway.Result.Transient failure) {
			retryOrFail(message, failure.reason(), now);
		}
		else if (result instanceof SmsGateway.Result.Uncertain uncertain) {
			outbox.uncertain(message.id(), uncertain.reason(), now);
			meters.outcome(message, "uncertain");
		}
		else if (result instanceof SmsGateway.Result.Permanent refused) {
			outbox.fail(message.id(), refused.reason(), now);
			meters.outcome(message, "failed");
			if (refused.recipientOptedOut()) {
				// The provider knows they opted out (a STOP we never saw): the ledger must know it too.
				consent.record(message.recipient(), ConsentPurpose.CARE, ConsentLedger.Kind.REVOKED,
						"PROVIDER_ERROR_21610", "outbound-message:" + message.id(), null, now);
			}
			log.warn("Message {} refused by {}: code {}", message.id(), sms.name(), refused.code());
		}
	}

	private void sendEmail(OutboundMessage message) {
		try {
			mailer.send(new OutgoingMail(message.recipient(), message.subject(), message.body(), message.attachment(),
					message.purpose() != MessagePurpose.STAFF_NOTICE));
			transactions.executeWithoutResult(status -> outbox.sent(message.id(), "smtp", null, clock.instant()));
			meters.outcome(message, "sent");
		}
		catch (Mailer.MailNotSent ex) {
			transactions.executeWithoutResult(status -> retryOrFail(message, ex.getMessage(), clock.instant()));
		}
	}

	private void retryOrFail(OutboundMessage message, String reason, Instant now) {
		int attempt = message.attempts() + 1;
		if (attempt >= properties.maxAttempts()) {
			outbox.fail(message.id(), reason, now);
			meters.outcome(message, "failed");
			log.warn("Message {} failed after {} attempts", message.id(), attempt);
			return;
		}
		var wait = Outbox.backoff(properties.firstRetry(), attempt, ThreadLocalRandom.current().nextDouble());
		outbox.retry(message.id(), reason, now.plus(wait), now);
		meters.outcome(message, "retried");
	}
}
