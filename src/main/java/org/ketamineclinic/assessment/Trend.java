package org.ketamineclinic.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A patient's PHQ-9 and GAD-7 over time, with what response and remission mean for them and when they had
 * infusions, and the MADRS totals their clinicians rated, oldest first.
 *
 * @param phq9Baseline  the first scorable PHQ-9, or null
 * @param responseLine  a PHQ-9 at or below this is a response (≥ 50% below the baseline), or null without one
 * @param remissionBelow a PHQ-9 below this is remission
 * @param infusions     when the patient's infusions started
 * @param madrs         the scorable MADRS ratings
 * @param all           every questionnaire, scorable or not
 */
public record Trend(List<ScoredResponse> phq9, List<ScoredResponse> gad7, Integer phq9Baseline, Integer responseLine,
		int remissionBelow, List<Instant> infusions, List<ScoredResponse> madrs, List<ScoredResponse> all) {

	/** No PHQ-9 or GAD-7 to chart (the MADRS, on another scale, is listed but not charted). */
	public boolean empty() {
		return phq9.isEmpty() && gad7.isEmpty();
	}

	/** Whether the latest PHQ-9 is a response to the baseline (never the baseline itself). */
	public boolean responding() {
		return phq9.size() > 1 && responseLine != null && phq9.get(phq9.size() - 1).total() <= responseLine;
	}

	public boolean inRemission() {
		return phq9.size() > 1 && phq9.get(phq9.size() - 1).total() < remissionBelow;
	}
}
