package org.ketamineclinic.consultation;

/**
 * How far the period's requests got. Each step counts the requests that reached it, wherever they are now: an
 * enrolled person was also contacted and had a consultation scheduled.
 *
 * @param requests  requests received (no spam, none held for spam review)
 * @param contacted requests with at least one contact attempt
 * @param scheduled requests whose consultation is scheduled, or who enrolled after it
 * @param enrolled  requests that ended in enrolment
 */
public record Funnel(int requests, int contacted, int scheduled, int enrolled) {

	/** A step as whole percent of all requests, or null when there were none. */
	public Integer percentOfRequests(int step) {
		return percent(step, requests);
	}

	/** {@code part} of {@code whole} in whole percent (half up), or null when {@code whole} is zero. */
	public static Integer percent(int part, int whole) {
		return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
	}
}
