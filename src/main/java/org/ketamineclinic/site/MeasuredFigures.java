package org.ketamineclinic.site;

import java.util.List;
import java.util.Optional;

import org.ketamineclinic.content.ConditionPage;
import org.ketamineclinic.content.Statistic;
import org.ketamineclinic.outcomes.PublicClaim;
import org.ketamineclinic.outcomes.PublicClaims;
import org.springframework.stereotype.Component;

/**
 * A key figure marked as measured shows the clinic's own figure once the outcome data support one; until then the
 * page's own text, with its cited source. Every page that shows a condition's figures goes through here, so the site
 * never prints a claim the data do not back, and never two different ones.
 */
@Component
class MeasuredFigures {

	private final PublicClaims claims;

	MeasuredFigures(PublicClaims claims) {
		this.claims = claims;
	}

	ConditionPage of(ConditionPage condition) {
		Optional<PublicClaim> response = claims.response();
		if (response.isEmpty()) {
			return condition;
		}
		List<Statistic> figures = condition.statistics().stream()
			.map(s -> "response".equals(s.measured())
					? s.measuredAs(response.get().value(), response.get().label(), response.get().footnote()) : s)
			.toList();
		return condition.withStatistics(figures);
	}
}
