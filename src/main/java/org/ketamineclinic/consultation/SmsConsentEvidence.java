package org.ketamineclinic.consultation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Proof that a person agreed to receive texts: the exact words they were shown and how they said yes. Never
 * changed once written; the messaging module reads it from its table.
 */
@Table("sms_consent_evidence")
class SmsConsentEvidence {

	static final String CARE_MESSAGES = "CARE";

	@Id
	private Long id;

	private final String phoneE164;

	private final String purpose;

	private final String disclosureVersion;

	private final String disclosureText;

	private final Instant givenAt;

	private final String ipAddress;

	private final String userAgent;

	private final String pageVersion;

	SmsConsentEvidence(String phoneE164, String purpose, String disclosureVersion, String disclosureText,
			Instant givenAt, String ipAddress, String userAgent, String pageVersion) {
		this.phoneE164 = phoneE164;
		this.purpose = purpose;
		this.disclosureVersion = disclosureVersion;
		this.disclosureText = disclosureText;
		this.givenAt = givenAt;
		this.ipAddress = ipAddress;
		this.userAgent = userAgent;
		this.pageVersion = pageVersion;
	}
}
