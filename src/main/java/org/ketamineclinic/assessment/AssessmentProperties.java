package org.ketamineclinic.assessment;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Questionnaires and safety ({@code clinic.assessment.*}, DOMAIN.md §4).
 *
 * @param linkValidity how long a questionnaire link works (72 h)
 * @param safety       what raises a safety concern, and who hears of it
 */
@ConfigurationProperties("clinic.assessment")
public record AssessmentProperties(@DefaultValue("72h") Duration linkValidity, @DefaultValue Safety safety) {

	/**
	 * @param phq9SelfHarmAbove an answer to PHQ-9 item 9 above this (0: anything but "not at all") is a concern
	 * @param cssrsFrom         a C-SSRS screener risk at or above this (MODERATE) is a concern
	 * @param reEscalateAfter   an alert nobody acknowledged goes out again after this (15 min)
	 * @param onCallPhones      the on-call clinicians' mobile numbers (E.164) for the urgent text
	 * @param onCallEmails      their e-mail addresses; when empty, every active prescriber's
	 */
	public record Safety(@DefaultValue("0") int phq9SelfHarmAbove, @DefaultValue("MODERATE") RiskLevel cssrsFrom,
			@DefaultValue("15m") Duration reEscalateAfter, @DefaultValue List<String> onCallPhones,
			@DefaultValue List<String> onCallEmails) {

		public SafetyRule rule() {
			return new SafetyRule(phq9SelfHarmAbove, cssrsFrom);
		}
	}
}
