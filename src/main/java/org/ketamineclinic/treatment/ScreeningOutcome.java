package org.ketamineclinic.treatment;

import java.util.List;

/** The recommendation and every reason for it, in words for the prescriber. */
public record ScreeningOutcome(Recommendation recommendation, List<String> reasons) {

	public ScreeningOutcome {
		reasons = List.copyOf(reasons);
	}
}
