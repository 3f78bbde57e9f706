package org.ketamineclinic.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.web.SiteSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consultation module's API: renders what a new form needs, takes a submission, and tells the thank-you page
 * what it may show. A request is committed before the person sees "thank you", and announced to other modules with
 * {@link ConsultationRequested} after the commit.
 */
@Service
public class ConsultationManagement {

	private static final Logger log = LoggerFactory.getLogger(ConsultationManagement.class);

	private static final String THANKS = "thanks";

	private final ConsultationRequests requests;

	private final RecentRequests recentRequests;

	private final FormTokens formTokens;

	private final Signatures signatures;

	private final Locations locations;

	private final SiteSettings settings;

	private final ConsultationProperties properties;

	private final SpamScreen spamScreen;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final SmsDisclosure disclosure;

	private final RequestAnnouncements announcements;

	private final String pageVersion;

	private final ConsultationMeters meters;

	ConsultationManagement(ConsultationRequests requests, RecentRequests recentRequests, FormTokens formTokens, Signatures signatures,
			Locations locations, SiteSettings settings, ConsultationProperties properties,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
			ObjectProvider<BuildProperties> build, RequestAnnouncements announcements, ConsultationMeters meters) {
		this.meters = meters;
		this.announcements = announcements;
		this.requests = requests;
		this.recentRequests = recentRequests;
		this.formTokens = formTokens;
		this.signatures = signatures;
		this.locations = locations;
		this.settings = settings;
		this.properties = properties;
		this.spamScreen = new SpamScreen(properties);
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.disclosure = SmsDisclosure.of(properties.smsDisclosureVersionLabel(), settings.brandName(),
				settings.smsProgramName());
		BuildProperties info = build.getIfAvailable();
		this.pageVersion = "consultation-form/" + (info == null ? "dev" : info.getVersion());
	}

	/** A signed render time and a one-time key for a freshly rendered form. */
	public NewForm newForm() {
		return newForm(clock.instant());
	}

	/** A form as if rendered at {@code renderedAt}: the demonstration requests were filled in days ago. */
	NewForm newForm(Instant renderedAt) {
		return new NewForm(formTokens.issue(renderedAt), UUID.randomUUID().toString());
	}

	public SmsDisclosure smsDisclosure() {
		return disclosure;
	}

	public SubmissionResult submit(ConsultationSubmission submission) {
		return submit(submission, clock.instant());
	}

	/**
	 * A submission received at {@code now}: the website's is received this instant, a demonstration request
	 * ({@link DemoRequests}) days ago, through the same checks and the same store.
	 */
	SubmissionResult submit(ConsultationSubmission submission, Instant now) {
		var validator = new SubmissionValidator(
				locations.all().stream().map(Location::slug).collect(Collectors.toSet()), settings.phoneRegion());
		var validated = validator.validate(submission);
		if (!validated.errors().isEmpty()) {
			return new SubmissionResult.Invalid(validated.errors());
		}
		ValidRequest request = validated.request();
		UUID key = parseKey(submission.submissionKey());
		String fingerprint = fingerprint(request);
		Optional<ConsultationRequest> repeat = requests.findRepeat(key, fingerprint,
				now.minus(properties.duplicateWindow()));
		if (repeat.isPresent()) {
			return new SubmissionResult.Accepted(repeat.get().receipt());
		}
		String ipHash = signatures.sign("ip", submission.clientIp() == null ? "" : submission.clientIp());
		var recent = recentRequests.count(ipHash, request.phone().e164(), now, properties.perIpPerHour(),
				properties.perPhonePerDay());
		SpamAssessment spam = spamScreen.assess(submission.honeypot(), formTokens.age(submission.formToken(), now),
				recent.fromAddressLastHour(), recent.forPhoneLastDay());
		SmsConsentEvidence consent = submission.smsConsent() ? new SmsConsentEvidence(request.phone().e164(),
				SmsConsentEvidence.CARE_MESSAGES, disclosure.version(), disclosure.text(), now,
				truncate(submission.clientIp(), 45), truncate(submission.userAgent(), 512), pageVersion) : null;
		var received = ConsultationRequest.receive(request, key, fingerprint, spam, ipHash, now, consent);
		return new SubmissionResult.Accepted(store(received, key));
	}

	/** The receipt for the thank-you page, found through the signed cookie value. */
	public Optional<ConsultationReceipt> receiptFor(String thanksCookie) {
		if (thanksCookie == null) {
			return Optional.empty();
		}
		int dot = thanksCookie.indexOf('.');
		if (dot < 0 || !signatures.verify(THANKS, thanksCookie.substring(0, dot), thanksCookie.substring(dot + 1))) {
			return Optional.empty();
		}
		try {
			return requests.findBySubmissionKey(UUID.fromString(thanksCookie.substring(0, dot)))
				.map(ConsultationRequest::receipt);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** A signed cookie value that lets the thank-you page find the request, without its code in any URL. */
	public String thanksCookie(ConsultationReceipt receipt) {
		String key = receipt.submissionKey().toString();
		return key + "." + signatures.sign(THANKS, key);
	}

	private ConsultationReceipt store(ConsultationRequest request, UUID key) {
		ConsultationRequest candidate = request;
		for (int attempt = 1;; attempt++) {
			try {
				ConsultationRequest toSave = candidate;
				ConsultationRequest saved = transactions.execute(status -> {
					ConsultationRequest stored = requests.save(toSave);
					announcements.announce(stored, stored.receipt().referenceCode());
					events.publishEvent(new ConsultationRequested(stored.id()));
					return stored;
				});
				log.info("Consultation request {} stored (review: {})", saved.id(), saved.needsReview());
				meters.received();
				return saved.receipt();
			}
			catch (DuplicateKeyException ex) {
				// A double click raced us to the same key: the first one stored it, and that is the answer.
				Optional<ConsultationRequest> winner = requests.findBySubmissionKey(key);
				if (winner.isPresent()) {
					return winner.get().receipt();
				}
				if (attempt == 3) {
					throw ex;
				}
				candidate = candidate.withNewReferenceCode();
			}
		}
	}

	private String fingerprint(ValidRequest r) {
		String entries = String.join("\u001f", r.name().first().toLowerCase(Locale.ROOT),
				r.name().last().toLowerCase(Locale.ROOT), r.phone().e164(), r.email().value().toLowerCase(Locale.ROOT),
				r.location(), r.program().code(), r.message() == null ? "" : r.message());
		return signatures.sign("fingerprint", entries);
	}

	private static UUID parseKey(String key) {
		try {
			return key == null || key.isBlank() ? UUID.randomUUID() : UUID.fromString(key);
		}
		catch (IllegalArgumentException ex) {
			return UUID.randomUUID();
		}
	}

	private static String truncate(String value, int max) {
		String text = value == null ? "" : value;
		return text.length() <= max ? text : text.substring(0, max);
	}

	/**
	 * @param formToken     signed render time
	 * @param submissionKey one-time key of this form
	 */
	public record NewForm(String formToken, String submissionKey) {
	}
}
