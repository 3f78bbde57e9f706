package org.ketamineclinic.scheduling;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.ketamineclinic.scheduling.SeriesPlanner.Series;

/**
 * The exact search over date sets, days counted from the earliest allowed date. A partial series is extended one
 * visit at a time, trying only dates that keep the rules so far and can still lead to a full series (enough days
 * left, the current week block not left short, no week block skipped). Whether a partial series can be completed
 * depends only on its last day, how many visits it has and which of the last 7 days have visits (for a fixed first
 * day and last allowed day), so a state found to lead nowhere is remembered and never explored again.
 * <p>
 * Searching "within k times", the state also holds the start times chosen so far: a date free at one of them
 * needs no new time, and a date free at none of them adds one of its own times (each tried in turn) while fewer
 * than k are chosen. Adding a time only when a date needs it loses nothing, so the search stays exact.
 */
final class DateSearch {

	/** No limit on the number of different start times. */
	static final int ANY_TIMES = Integer.MAX_VALUE;

	static final int WEEK = SeriesRules.WEEK;

	static final int RECENT_STATES = 1 << WEEK;

	final int infusions;

	final int gap;

	final int minPerWeek;

	final int maxPerWeek;

	final int longest;

	/** {@code dead[state] == run}: the state leads to no series in the current run, when times are not limited. */
	final int[] dead;

	/** The dead ends of the current run when times are limited: the state and the times chosen, packed. */
	final Set<DeadEnd> deadEnds = new HashSet<>();

	/** Bits per start time index when packing the chosen times into a long. */
	final int timeBits;

	final int[] path;

	/** The start times chosen so far, ascending; the first {@code chosen} are in use. */
	final int[] times;

	/** The fewest days any series can take, even with every day free; -1 if no series can keep the rules. */
	final int shortestPossible;

	int run;

	boolean[] usable;

	Site site;

	int maxTimes;

	int chosen;

	int first;

	int lastAllowed;

	Series found;

	record DeadEnd(int state, long times) {
	}

	DateSearch(SeriesRules rules, int days, int startTimes) {
		this.infusions = rules.infusions();
		this.gap = rules.minDaysBetween();
		this.minPerWeek = rules.minPerWeek();
		this.maxPerWeek = rules.maxPerWeek();
		this.longest = rules.withinDays() - 1;
		this.dead = new int[days * (infusions + 1) * RECENT_STATES];
		this.timeBits = 32 - Integer.numberOfLeadingZeros(startTimes);
		this.path = new int[infusions];
		this.times = new int[infusions];
		boolean[] allFree = new boolean[rules.withinDays()];
		Arrays.fill(allFree, true);
		Series series = shortestFrom(allFree, null, ANY_TIMES, 0, longest, (infusions - 1) * gap);
		this.shortestPossible = series == null ? -1 : series.days()[infusions - 1];
	}

	boolean protocolCanBeMet() {
		return shortestPossible >= 0;
	}

	/** The earliest day, up to {@code latest}, on which a series within {@code maxTimes} starts; -1 if none. */
	int earliestFirst(Site site, int maxTimes, int latest) {
		for (int day = 0; day < site.usable.length && day <= latest; day++) {
			if (site.usable[day] && any(site.usable, site, maxTimes, day, longest) != null) {
				return day;
			}
		}
		return -1;
	}

	/** A series within {@code maxTimes} from {@code first} taking the fewest days, at most {@code maxLength}. */
	Series shortestFrom(Site site, int maxTimes, int first, int maxLength) {
		return shortestFrom(site.usable, site, maxTimes, first, maxLength, shortestPossible);
	}

	/** The days of the series taking the fewest days, starting as early as possible among those; or null. */
	int[] shortest(Site site) {
		int[] shortest = null;
		for (int day = 0; day < site.usable.length; day++) {
			if (shortest != null && shortest[infusions - 1] - shortest[0] == shortestPossible) {
				break;
			}
			if (site.usable[day]) {
				int maxLength = shortest == null ? longest : shortest[infusions - 1] - shortest[0] - 1;
				Series series = shortestFrom(site, ANY_TIMES, day, maxLength);
				if (series != null) {
					shortest = series.days();
				}
			}
		}
		return shortest;
	}

	Series shortestFrom(boolean[] usable, Site site, int maxTimes, int first, int maxLength,
			int minLength) {
		int fits = Math.min(maxLength, usable.length - 1 - first);
		for (int length = minLength; length <= fits; length++) {
			Series series = any(usable, site, maxTimes, first, length);
			if (series != null) {
				return series;
			}
		}
		return null;
	}

	/** Some series from {@code first} ending at most {@code maxLength} days later, or null. */
	Series any(boolean[] usable, Site site, int maxTimes, int first, int maxLength) {
		if (!usable[first]) {
			return null;
		}
		if (maxTimes == 1) {
			// One time: the plain search, on the days free at that time, for each time the first day offers.
			for (int time : site.timesOn[first]) {
				Series series = any(site.usableAt(time), null, ANY_TIMES, first, maxLength);
				if (series != null) {
					return new Series(series.days(), new int[] { time });
				}
			}
			return null;
		}
		this.usable = usable;
		this.site = site;
		this.maxTimes = maxTimes;
		this.first = first;
		this.lastAllowed = Math.min(first + Math.min(maxLength, longest), usable.length - 1);
		this.found = null;
		this.run++;
		this.deadEnds.clear();
		path[0] = first;
		if (maxTimes == ANY_TIMES) {
			extend(first, 1, 1);
		}
		else {
			for (int time : site.timesOn[first]) {
				choose(time);
				extend(first, 1, 1);
				unchoose(time);
				if (found != null) {
					break;
				}
			}
		}
		return found;
	}

	/**
	 * Extends the partial series ending on {@code day} with {@code count} visits; bit i of {@code recent} is a visit
	 * on {@code day - i}. Returns whether it led to a full series (the search stops at the first).
	 */
	boolean extend(int day, int count, int recent) {
		if (count == infusions) {
			if (!lastWeekBlockFull(day, recent)) {
				return false;
			}
			found = new Series(path.clone(), Arrays.copyOf(times, maxTimes == ANY_TIMES ? 0 : chosen));
			return true;
		}
		int state = (day * (infusions + 1) + count) * RECENT_STATES + recent;
		if (isDeadEnd(state)) {
			return false;
		}
		int latest = Math.min(lastAllowed - (infusions - count - 1) * gap, latestNext(day, recent));
		for (int next = day + gap; next <= latest; next++) {
			if (!usable[next]) {
				continue;
			}
			int shift = next - day;
			int nextRecent = shift >= WEEK ? 1 : ((recent << shift) | 1) & (RECENT_STATES - 1);
			if (Integer.bitCount(nextRecent) > maxPerWeek) {
				continue;
			}
			path[count] = next;
			if (extendAt(next, count + 1, nextRecent)) {
				return true;
			}
		}
		markDeadEnd(state);
		return false;
	}

	/** Continues on {@code day}, adding one of its start times first if none chosen so far is free on it. */
	boolean extendAt(int day, int count, int recent) {
		if (maxTimes == ANY_TIMES || servedByChosenTimes(day)) {
			return extend(day, count, recent);
		}
		if (chosen < maxTimes) {
			for (int time : site.timesOn[day]) {
				choose(time);
				boolean completes = extend(day, count, recent);
				unchoose(time);
				if (completes) {
					return true;
				}
			}
		}
		return false;
	}

	boolean servedByChosenTimes(int day) {
		for (int i = 0; i < chosen; i++) {
			if (site.grid[day][times[i]] != null) {
				return true;
			}
		}
		return false;
	}

	void choose(int time) {
		int at = chosen++;
		while (at > 0 && times[at - 1] > time) {
			times[at] = times[at - 1];
			at--;
		}
		times[at] = time;
	}

	void unchoose(int time) {
		int at = Arrays.binarySearch(times, 0, chosen, time);
		System.arraycopy(times, at + 1, times, at, chosen - at - 1);
		chosen--;
	}

	boolean isDeadEnd(int state) {
		if (maxTimes == ANY_TIMES) {
			return dead[state] == run;
		}
		return chosen * timeBits < Long.SIZE && deadEnds.contains(new DeadEnd(state, packedTimes()));
	}

	void markDeadEnd(int state) {
		if (maxTimes == ANY_TIMES) {
			dead[state] = run;
		}
		else if (chosen * timeBits < Long.SIZE) {
			deadEnds.add(new DeadEnd(state, packedTimes()));
		}
	}

	/** The chosen times as one number: ascending indices plus one, {@code timeBits} bits each. */
	long packedTimes() {
		long packed = 0;
		for (int i = 0; i < chosen; i++) {
			packed = (packed << timeBits) | (times[i] + 1);
		}
		return packed;
	}

	/**
	 * The next visit must fall in the current week block if that block is still short of its minimum, and else no
	 * later than the end of the following block (which would otherwise stay empty).
	 */
	int latestNext(int day, int recent) {
		int intoBlock = (day - first) % WEEK;
		int blockEnd = day + WEEK - 1 - intoBlock;
		int inBlock = Integer.bitCount(recent & ((1 << (intoBlock + 1)) - 1));
		if (inBlock < minPerWeek) {
			return blockEnd;
		}
		return minPerWeek > 0 ? blockEnd + WEEK : Integer.MAX_VALUE;
	}

	/** A week block ending exactly on the last visit counts too. */
	boolean lastWeekBlockFull(int day, int recent) {
		return (day - first) % WEEK != WEEK - 1 || Integer.bitCount(recent) >= minPerWeek;
	}
}
