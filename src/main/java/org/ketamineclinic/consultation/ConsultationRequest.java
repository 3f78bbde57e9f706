package org.ketamineclinic.consultation;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's request for a free consultation: the aggregate root of this module. It is personal health
 * information, so it never prints its content ({@link #toString()}), and it is stored even when it looks like spam.
 */
@Table("consultation_request")
class ConsultationRequest {

	@Id
	private Long id;

	private final String referenceCode;

	private final UUID submissionKey;

	private final String fingerprint;

	private RequestStatus status;

	private final String firstName;

	private final String lastName;

	private final String phoneE164;

	private final String email;

	private final String preferredLocation;

	private final String programInterest;

	private final String contactMethod;

	private final String bestTime;

	private final String message;

	private final boolean smsConsent;

	private final boolean needsReview;

	private final String reviewReasons;

	private final boolean rateLimited;

	private final String clientIpHash;

	private final Instant receivedAt;

	private final Instant statusChangedAt;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "consultation_request")
	private final SmsConsentEvidence consent;

	@PersistenceCreator
	ConsultationRequest(Long id, String referenceCode, UUID submissionKey, String fingerprint, RequestStatus status,
			String firstName, String lastName, String phoneE164, String email, String preferredLocation,
			String programInterest, String contactMethod, String bestTime, String message, boolean smsConsent,
			boolean needsReview, String reviewReasons, boolean rateLimited, String clientIpHash, Instant receivedAt,
			Instant statusChangedAt, Integer version, SmsConsentEvidence consent) {
		this.id = id;
		this.referenceCode = referenceCode;
		this.submissionKey = submissionKey;
		this.fingerprint = fingerprint;
		this.status = status;
		this.firstName = firstName;
		this.lastName = lastName;
		this.phoneE164 = phoneE164;
		this.email = email;
		this.preferredLocation = preferredLocation;
		this.programInterest = programInterest;
		this.contactMethod = contactMethod;
		this.bestTime = bestTime;
		this.message = message;
		this.smsConsent = smsConsent;
		this.needsReview = needsReview;
		this.reviewReasons = reviewReasons;
		this.rateLimited = rateLimited;
		this.clientIpHash = clientIpHash;
		this.receivedAt = receivedAt;
		this.statusChangedAt = statusChangedAt;
		this.version = version;
		this.consent = consent;
	}

	/** A new request, NEW in the pipeline; flagged for review when the spam screen found anything. */
	static ConsultationRequest receive(ValidRequest request, UUID submissionKey, String fingerprint,
			SpamAssessment spam, String clientIpHash, Instant receivedAt, SmsConsentEvidence consent) {
		return new ConsultationRequest(null, ReferenceCode.next(), submissionKey, fingerprint, RequestStatus.NEW,
				request.name().first(), request.name().last(), request.phone().e164(), request.email().value(),
				request.location(), request.program().code(), request.contactMethod().code(),
				request.bestTime().code(), request.message(), consent != null, spam.suspect(), spam.reasonCodes(),
				spam.rateLimited(), clientIpHash, receivedAt, receivedAt, null, consent);
	}

	/** The same request with a fresh reference code, after the first one collided with another request's. */
	ConsultationRequest withNewReferenceCode() {
		return new ConsultationRequest(id, ReferenceCode.next(), submissionKey, fingerprint, status, firstName,
				lastName, phoneE164, email, preferredLocation, programInterest, contactMethod, bestTime, message,
				smsConsent, needsReview, reviewReasons, rateLimited, clientIpHash, receivedAt, statusChangedAt, version,
				consent);
	}

	ConsultationReceipt receipt() {
		return new ConsultationReceipt(submissionKey, referenceCode, preferredLocation, rateLimited);
	}

	Long id() {
		return id;
	}

	boolean needsReview() {
		return needsReview;
	}

	String phoneE164() {
		return phoneE164;
	}

	String preferredLocation() {
		return preferredLocation;
	}

	boolean smsConsent() {
		return smsConsent;
	}

	@Override
	public String toString() {
		return "ConsultationRequest[id=" + id + ", status=" + status + "]";
	}
}
