package org.ketamineclinic.assessment;

/**
 * Decides whether a score must reach a clinician now (DOMAIN.md §4): PHQ-9 item 9 above a threshold, a C-SSRS
 * screener risk at or above a level, or a clinician's MADRS rating of suicidal thoughts (item 10) at or above a step.
 * Item 9 alone misses many people at risk, hence the others. The thresholds are the clinic's configuration
 * ({@code clinic.assessment.safety.*}), never literals where the rule is used.
 *
 * <p>
 * Settings that would switch the alert off (item 9 above 3, MADRS item 10 from 7, which no answer can be) or fire it
 * on every screen (C-SSRS from NONE, MADRS item 10 from 0) are refused at start-up rather than discovered after a
 * missed alert.
 */
public final class SafetyRule {

	private final int phq9SelfHarmAbove;

	private final RiskLevel cssrsFrom;

	private final int madrsSuicidalFrom;

	/**
	 * @param phq9SelfHarmAbove a PHQ-9 item 9 answer above this is a concern; 0 means any answer other than "not at
	 * all"
	 * @param cssrsFrom a C-SSRS screener risk at or above this is a concern
	 * @param madrsSuicidalFrom a MADRS item 10 rating at or above this (1–6) is a concern; 4 is the published step
	 * "probably better off dead; suicide considered as a possible solution"
	 */
	public SafetyRule(int phq9SelfHarmAbove, RiskLevel cssrsFrom, int madrsSuicidalFrom) {
		if (phq9SelfHarmAbove < 0 || phq9SelfHarmAbove > 2) {
			throw new IllegalArgumentException(
					"PHQ-9 item 9 threshold must be 0 to 2 (answers are 0 to 3), was " + phq9SelfHarmAbove);
		}
		if (cssrsFrom == null || cssrsFrom == RiskLevel.NONE) {
			throw new IllegalArgumentException("C-SSRS threshold must be LOW, MODERATE or HIGH, was " + cssrsFrom);
		}
		if (madrsSuicidalFrom < 1 || madrsSuicidalFrom > 6) {
			throw new IllegalArgumentException(
					"MADRS item 10 threshold must be 1 to 6 (ratings are 0 to 6), was " + madrsSuicidalFrom);
		}
		this.phq9SelfHarmAbove = phq9SelfHarmAbove;
		this.cssrsFrom = cssrsFrom;
		this.madrsSuicidalFrom = madrsSuicidalFrom;
	}

	/**
	 * The DOMAIN.md defaults: any item 9 answer other than "not at all", C-SSRS moderate or high risk, MADRS item 10
	 * rated 4 or more.
	 */
	public static SafetyRule defaults() {
		return new SafetyRule(0, RiskLevel.MODERATE, 4);
	}

	/** Whether this score needs a clinician now; judged on unfinished questionnaires too, never waiting for a total. */
	public boolean concern(Score score) {
		boolean selfHarm = score.code() == InstrumentCode.PHQ9 && score.selfHarm() != null
				&& score.selfHarm() > phq9SelfHarmAbove;
		boolean risk = score.code() == InstrumentCode.CSSRS_SCREENER && score.risk() != null
				&& score.risk().atLeast(cssrsFrom);
		boolean rated = score.code() == InstrumentCode.MADRS && score.selfHarm() != null
				&& score.selfHarm() >= madrsSuicidalFrom;
		return selfHarm || risk || rated;
	}

	public int phq9SelfHarmAbove() {
		return phq9SelfHarmAbove;
	}

	public RiskLevel cssrsFrom() {
		return cssrsFrom;
	}

	public int madrsSuicidalFrom() {
		return madrsSuicidalFrom;
	}
}
