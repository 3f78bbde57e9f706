package org.ketamineclinic.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Proposes complete infusion series from the free chair slots, up to three alternatives a coordinator can offer in one
 * phone call: the soonest start, the fewest different times of day, the fewest days. A series is booked whole, so a
 * "nothing fits" answer sends the patient away: whenever any series keeping the {@link SeriesRules} exists in the
 * slots, at least one is proposed. That is why the search over dates is exact (a depth-first search that cuts only
 * branches which provably cannot become a valid series, and remembers dead ends) and never stops on a time budget.
 * <p>
 * The rules depend only on dates, so the search runs over the days that have a free slot. Start times are a
 * preference, searched the same exact way: a series "within k times" is one whose every date has a free slot at one of
 * k start times, and k grows from 1 until a series is found, so the fewest different times is the true fewest. A
 * series stays at one clinic, the most preferred one that works; visits at several clinics are proposed only when no
 * single clinic can hold a series.
 */
final class SeriesPlanner {

	static final String SOONEST_START = "Soonest start";

	static final String FEWEST_TIMES = "Fewest different times";

	static final String FEWEST_DAYS = "Fewest days";

	private static final Comparator<Candidate> SOONEST = Comparator.comparingInt(Candidate::first)
		.thenComparingInt(Candidate::times)
		.thenComparingInt(Candidate::length)
		.thenComparingInt(Candidate::rank);

	private static final Comparator<Candidate> FEWEST_TIMES_FIRST = Comparator.comparingInt(Candidate::times)
		.thenComparingInt(Candidate::first)
		.thenComparingInt(Candidate::length)
		.thenComparingInt(Candidate::rank);

	private static final Comparator<Candidate> SHORTEST = Comparator.comparingInt(Candidate::length)
		.thenComparingInt(Candidate::first)
		.thenComparingInt(Candidate::times)
		.thenComparingInt(Candidate::rank);

	private final SeriesRules rules;

	SeriesPlanner(SeriesRules rules) {
		this.rules = Objects.requireNonNull(rules, "rules");
	}

	/**
	 * Up to three distinct series from {@code free}, best first, each labelled with what it is best at. Slots before
	 * {@code earliest} are ignored, and so are slots away from {@code preferredLocations} (most preferred first) unless
	 * that list is empty. Empty only when no series keeping the rules exists in the slots.
	 */
	List<ProposedSeries> propose(List<Slot> free, List<String> preferredLocations, LocalDate earliest) {
		SlotCalendar calendar = new SlotCalendar(free, preferredLocations, earliest);
		if (calendar.days == 0) {
			return List.of();
		}
		Plan plan = new Plan(new DateSearch(rules, Math.max(calendar.days, rules.withinDays()), calendar.times));
		if (!plan.search.protocolCanBeMet()) {
			return List.of();
		}
		List<Site> sites = calendar.singles;
		Candidate soonest = plan.soonest(sites);
		if (soonest == null && calendar.mixed != null) {
			sites = List.of(calendar.mixed);
			soonest = plan.soonest(sites);
		}
		if (soonest == null) {
			return List.of();
		}
		List<ProposedSeries> proposals = new ArrayList<>();
		offer(proposals, SOONEST_START, soonest);
		offer(proposals, FEWEST_TIMES, plan.fewestTimes(sites));
		offer(proposals, FEWEST_DAYS, plan.fewestDays(sites));
		return List.copyOf(proposals);
	}

	/** Two criteria that agree give one proposal, not the same series twice. */
	private static void offer(List<ProposedSeries> proposals, String label, Candidate candidate) {
		if (candidate != null && proposals.stream().noneMatch(proposal -> proposal.visits().equals(candidate.visits()))) {
			proposals.add(new ProposedSeries(label, candidate.visits()));
		}
	}

	/** A series the planner could propose, with what the criteria compare; {@code length} is last day minus first. */
	record Candidate(List<Slot> visits, int times, int first, int length, int rank) {
	}

	/** The three criteria, each an exact search, with ties broken as the labels promise. */
	private final class Plan {

		private final DateSearch search;

		private final int longest = rules.withinDays() - 1;

		Plan(DateSearch search) {
			this.search = search;
		}

		/** Earliest first visit; then fewest start times, fewest days, most preferred clinic. */
		Candidate soonest(List<Site> sites) {
			int first = Integer.MAX_VALUE;
			int[] firstAt = new int[sites.size()];
			for (int i = 0; i < sites.size(); i++) {
				firstAt[i] = search.earliestFirst(sites.get(i), DateSearch.ANY_TIMES, first);
				if (firstAt[i] >= 0) {
					first = Math.min(first, firstAt[i]);
				}
			}
			if (first == Integer.MAX_VALUE) {
				return null;
			}
			return fewestTimesFrom(startingOn(sites, firstAt, first), first, longest, SOONEST);
		}

		/** Fewest different start times; then the soonest start, fewest days, most preferred clinic. */
		Candidate fewestTimes(List<Site> sites) {
			for (int times = 1; times <= rules.infusions(); times++) {
				Candidate best = null;
				for (Site site : sites) {
					int first = search.earliestFirst(site, times, best == null ? Integer.MAX_VALUE : best.first());
					if (first >= 0) {
						int maxLength = best != null && best.first() == first ? best.length() - 1 : longest;
						best = better(best, site, search.shortestFrom(site, times, first, maxLength), FEWEST_TIMES_FIRST);
					}
				}
				if (best != null) {
					return best;
				}
			}
			return null;
		}

		/** Fewest days from first visit to last; then the soonest start, fewest start times, most preferred clinic. */
		Candidate fewestDays(List<Site> sites) {
			int length = Integer.MAX_VALUE;
			int first = Integer.MAX_VALUE;
			int[] lengthAt = new int[sites.size()];
			int[] firstAt = new int[sites.size()];
			for (int i = 0; i < sites.size(); i++) {
				int[] shortest = search.shortest(sites.get(i));
				lengthAt[i] = shortest == null ? Integer.MAX_VALUE : shortest[shortest.length - 1] - shortest[0];
				firstAt[i] = shortest == null ? Integer.MAX_VALUE : shortest[0];
				if (lengthAt[i] < length || lengthAt[i] == length && firstAt[i] < first) {
					length = lengthAt[i];
					first = firstAt[i];
				}
			}
			if (length == Integer.MAX_VALUE) {
				return null;
			}
			List<Site> tied = new ArrayList<>();
			for (int i = 0; i < sites.size(); i++) {
				if (lengthAt[i] == length && firstAt[i] == first) {
					tied.add(sites.get(i));
				}
			}
			return fewestTimesFrom(tied, first, length, SHORTEST);
		}

		/** Among series starting on {@code first} at these sites: the fewest times, then the shortest, then by rank. */
		private Candidate fewestTimesFrom(List<Site> sites, int first, int maxLength, Comparator<Candidate> order) {
			for (int times = 1; times <= rules.infusions(); times++) {
				Candidate best = null;
				for (Site site : sites) {
					int bound = best == null ? maxLength : best.length() - 1;
					best = better(best, site, search.shortestFrom(site, times, first, bound), order);
				}
				if (best != null) {
					return best;
				}
			}
			return null;
		}
	}

	private static List<Site> startingOn(List<Site> sites, int[] firstAt, int first) {
		List<Site> starting = new ArrayList<>();
		for (int i = 0; i < sites.size(); i++) {
			if (firstAt[i] == first) {
				starting.add(sites.get(i));
			}
		}
		return starting;
	}

	private static Candidate better(Candidate best, Site site, Series series, Comparator<Candidate> order) {
		if (series == null) {
			return best;
		}
		Candidate candidate = site.candidate(series);
		return best == null || order.compare(candidate, best) < 0 ? candidate : best;
	}

	/** Days of a series (from the earliest allowed date) and the start times (indices) that serve all of them. */
	record Series(int[] days, int[] times) {
	}
}
