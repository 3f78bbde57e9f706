package org.ketamineclinic.consultation;

import java.time.Duration;

/**
 * How quickly a group of requests (one clinic's week, or its whole period) got their first contact. Times are
 * opening hours of the clinic, not wall-clock time: a request sent at night is not late before the clinic opens.
 *
 * @param requests     requests received (spam and requests held for spam review are not counted)
 * @param contacted    requests with a first contact attempt
 * @param withinTarget requests whose first contact came within the target
 * @param measured     requests whose target is settled: contacted, or still waiting after the target passed; the
 *                     share within target is counted of these (a request still inside its target is neither on time
 *                     nor late yet)
 * @param notContacted open requests nobody has tried to reach yet
 * @param median       median time to first contact, or null when nobody was contacted
 * @param p90          90th percentile of the time to first contact, or null when nobody was contacted
 */
public record ResponseFigures(int requests, int contacted, int withinTarget, int measured, int notContacted,
		Duration median, Duration p90) {

	/** Share within target in whole percent, or null when no request's target is settled yet. */
	public Integer withinTargetPercent() {
		return Funnel.percent(withinTarget, measured);
	}

	/** The median in words ("1 h 5 min"), or null. */
	public String medianText() {
		return median == null ? null : IntakeClock.words(median);
	}

	/** The 90th percentile in words, or null. */
	public String p90Text() {
		return p90 == null ? null : IntakeClock.words(p90);
	}

	/** The median in minutes (with fractions), for charts; null when nobody was contacted. */
	public Double medianMinutes() {
		return median == null ? null : median.toMillis() / 60_000.0;
	}
}
