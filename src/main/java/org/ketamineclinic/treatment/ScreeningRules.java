package org.ketamineclinic.treatment;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out the screening recommendation (DOMAIN.md §2): an unmet inclusion criterion or any exclusion makes it "not
 * eligible", a review flag "needs review", and only a screening with neither is "eligible". Every reason is listed,
 * not only the first, so the prescriber sees the whole picture. It recommends; a prescriber decides.
 */
public final class ScreeningRules {

	private final ScreeningSettings settings;

	public ScreeningRules(ScreeningSettings settings) {
		this.settings = settings;
	}

	public ScreeningOutcome evaluate(ScreeningFacts facts) {
		List<String> excluded = new ArrayList<>();
		List<String> review = new ArrayList<>();
		if (facts.ageYears() < settings.minimumAge()) {
			excluded.add("Age %d is under %d.".formatted(facts.ageYears(), settings.minimumAge()));
		}
		if (!facts.ableToConsent()) {
			excluded.add("Not able to give informed consent.");
		}
		if (!facts.depressiveDiagnosis()) {
			excluded.add("No depressive disorder (ICD-10 F32 or F33) on the chart.");
		}
		if (facts.failedTrials() < settings.minimumFailedTrials()) {
			excluded.add("%d adequate antidepressant %s without improvement; treatment resistance needs at least %d."
				.formatted(facts.failedTrials(), facts.failedTrials() == 1 ? "trial" : "trials",
						settings.minimumFailedTrials()));
		}
		if (facts.restingSystolic() != null && facts.restingDiastolic() != null
				&& (facts.restingSystolic() > settings.uncontrolledSystolic()
						|| facts.restingDiastolic() > settings.uncontrolledDiastolic())) {
			excluded.add("Resting blood pressure %d/%d is above %d/%d: uncontrolled hypertension.".formatted(
					facts.restingSystolic(), facts.restingDiastolic(), settings.uncontrolledSystolic(),
					settings.uncontrolledDiastolic()));
		}
		if (facts.ketamineAllergy() && !facts.yes(ScreeningQuestion.KETAMINE_HYPERSENSITIVITY)) {
			excluded.add("The chart lists an allergy to ketamine.");
		}
		for (ScreeningQuestion question : ScreeningQuestion.values()) {
			if (facts.yes(question)) {
				(question.exclusion() ? excluded : review).add(question.label() + ".");
			}
		}
		List<String> reasons = new ArrayList<>(excluded);
		reasons.addAll(review);
		if (!excluded.isEmpty()) {
			return new ScreeningOutcome(Recommendation.NOT_ELIGIBLE, reasons);
		}
		if (!review.isEmpty()) {
			return new ScreeningOutcome(Recommendation.NEEDS_REVIEW, reasons);
		}
		return new ScreeningOutcome(Recommendation.ELIGIBLE, List.of("Adult, able to consent, depressive disorder on "
				+ "the chart, %d failed adequate trials, no exclusion or review flag.".formatted(facts.failedTrials())));
	}
}
