package org.ketamineclinic.scheduling;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ketamineclinic.scheduling.SeriesPlanner.Candidate;
import org.ketamineclinic.scheduling.SeriesPlanner.Series;

/** One clinic's free slots (or all clinics' together): a grid of days by start times, ranked by preference. */
final class Site {

	final int rank;

	final Slot[][] grid;

	/** Per day, the indices of the start times free that day, ascending. */
	final int[][] timesOn;

	final boolean[] usable;

	/** Per start time, the days it is free; filled in as needed. */
	final boolean[][] usableAt;

	Site(int rank, Slot[][] grid, int times) {
		this.rank = rank;
		this.grid = grid;
		this.timesOn = new int[grid.length][];
		this.usable = new boolean[grid.length];
		for (int day = 0; day < grid.length; day++) {
			Slot[] cell = grid[day];
			int[] free = new int[cell.length];
			int count = 0;
			for (int time = 0; time < cell.length; time++) {
				if (cell[time] != null) {
					free[count++] = time;
				}
			}
			timesOn[day] = Arrays.copyOf(free, count);
			usable[day] = count > 0;
		}
		this.usableAt = new boolean[times][];
	}

	boolean[] usableAt(int time) {
		if (usableAt[time] == null) {
			usableAt[time] = new boolean[grid.length];
			for (int day = 0; day < grid.length; day++) {
				usableAt[time][day] = grid[day][time] != null;
			}
		}
		return usableAt[time];
	}

	/**
	 * The slots of a series found within some start times: each date takes the time that serves the most dates of
	 * the series (the earlier on a tie) among those free on it, so the patient's usual time is the usual time.
	 */
	Candidate candidate(Series series) {
		int[] days = series.days();
		Integer[] order = Arrays.stream(series.times()).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingInt((Integer time) -> -servedDays(days, time))
			.thenComparingInt(time -> time));
		List<Slot> visits = new ArrayList<>(days.length);
		Set<LocalTime> starts = new HashSet<>();
		for (int day : days) {
			Slot visit = null;
			for (int i = 0; i < order.length && visit == null; i++) {
				visit = grid[day][order[i]];
			}
			visits.add(visit);
			starts.add(visit.start());
		}
		return new Candidate(List.copyOf(visits), starts.size(), days[0], days[days.length - 1] - days[0], rank);
	}

	int servedDays(int[] days, int time) {
		int served = 0;
		for (int day : days) {
			if (grid[day][time] != null) {
				served++;
			}
		}
		return served;
	}
}
