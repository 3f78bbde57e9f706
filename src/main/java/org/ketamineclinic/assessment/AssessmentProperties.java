package org.ketamineclinic.assessment;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Questionnaires and safety ({@code clinic.assessment.*}, DOMAIN.md §4).
 *
 * @param linkValidity    how long a questionnaire link works (72 h)
 * @param beforeInfusion  the questionnaires go out this long before each infusion (24 h)
 * @param afterSeries     and this long after the last infusion of a completed series (7 and 28 days)
 * @param safety       what raises a safety concern, and who hears of it
 * @param outcome      what counts as response and remission (DOMAIN.md §4)
 */
@ConfigurationProperties("clinic.assessment")
public record AssessmentProperties(@DefaultValue("72h") Duration linkValidity,
		@DefaultValue("24h") Duration beforeInfusion, @DefaultValue({ "7d", "28d" }) List<Duration> afterSeries,
		@DefaultValue Safety safety,
		@DefaultValue Outcome outcome) {

	/**
	 * @param responseReduction  response is at least this fraction less than the baseline score (0.5)
	 * @param remissionPhq9Below remission is a PHQ-9 below this (5)
	 */
	public record Outcome(@DefaultValue("0.5") double responseReduction, @DefaultValue("5") int remissionPhq9Below) {

		public Outcome {
			if (responseReduction <= 0 || responseReduction >= 1) {
				throw new IllegalArgumentException("clinic.assessment.outcome.response-reduction is a fraction "
						+ "between 0 and 1, not " + responseReduction);
			}
		}

		/**
		 * The highest score that still counts as a response to {@code baseline}: 14 → 7. Worked out in whole numbers
		 * ({@link #keptPerTenThousand()}), as the outcome analytics do in SQL: in floating point 10 × (1 − 0.3) is
		 * 6.999…, which would make 7 no response.
		 */
		public int responseAtOrBelow(int baseline) {
			return baseline * keptPerTenThousand() / 10_000;
		}

		/** The share of the baseline a response may keep, in ten-thousandths (0.5 → 5,000). */
		public int keptPerTenThousand() {
			return (int) Math.round((1 - responseReduction) * 10_000);
		}
	}

	/**
	 * @param phq9SelfHarmAbove an answer to PHQ-9 item 9 above this (0: anything but "not at all") is a concern
	 * @param cssrsFrom         a C-SSRS screener risk at or above this (MODERATE) is a concern
	 * @param madrsSuicidalFrom a clinician's MADRS item 10 (suicidal thoughts) rating at or above this (4) is a concern
	 * @param reEscalateAfter   an alert nobody acknowledged goes out again after this (15 min)
	 * @param onCallPhones      the on-call clinicians' mobile numbers (E.164) for the urgent text
	 * @param onCallEmails      their e-mail addresses; when empty, every active prescriber's
	 */
	public record Safety(@DefaultValue("0") int phq9SelfHarmAbove, @DefaultValue("MODERATE") RiskLevel cssrsFrom,
			@DefaultValue("4") int madrsSuicidalFrom, @DefaultValue("15m") Duration reEscalateAfter,
			@DefaultValue List<String> onCallPhones, @DefaultValue List<String> onCallEmails) {

		public SafetyRule rule() {
			return new SafetyRule(phq9SelfHarmAbove, cssrsFrom, madrsSuicidalFrom);
		}
	}
}
