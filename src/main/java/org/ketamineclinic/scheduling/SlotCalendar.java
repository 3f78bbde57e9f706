package org.ketamineclinic.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The usable slots on a grid of days (from the earliest allowed date) by the distinct start times in the slots, per
 * clinic in order of preference, plus all clinics together for when no single one will do.
 */
final class SlotCalendar {

	final LocalDate earliest;

	final int days;

	final int times;

	final List<Site> singles = new ArrayList<>();

	final Site mixed;

	SlotCalendar(List<Slot> free, List<String> preferredLocations, LocalDate earliest) {
		Objects.requireNonNull(free, "free");
		Objects.requireNonNull(preferredLocations, "preferredLocations");
		this.earliest = Objects.requireNonNull(earliest, "earliest");
		Map<String, Integer> rank = ranks(free, preferredLocations);
		List<Slot> usable = free.stream()
			.filter(slot -> !slot.date().isBefore(earliest) && rank.containsKey(slot.location()))
			.toList();
		this.days = usable.stream().mapToInt(this::day).max().orElse(-1) + 1;
		TreeSet<LocalTime> starts = new TreeSet<>();
		usable.forEach(slot -> starts.add(slot.start()));
		LocalTime[] startTimes = starts.toArray(LocalTime[]::new);
		this.times = startTimes.length;
		Slot[][][] grids = new Slot[rank.size()][days][times];
		for (Slot slot : usable) {
			Slot[] cell = grids[rank.get(slot.location())][day(slot)];
			int time = Arrays.binarySearch(startTimes, slot.start());
			if (cell[time] == null) {
				cell[time] = slot;
			}
		}
		for (int i = 0; i < grids.length; i++) {
			singles.add(new Site(i, grids[i], times));
		}
		this.mixed = grids.length > 1 ? new Site(grids.length, merged(grids), times) : null;
	}

	/** The preferred clinics in order, or, with no preference, every clinic in the slots by name. */
	static Map<String, Integer> ranks(List<Slot> free, List<String> preferredLocations) {
		List<String> order = preferredLocations.isEmpty()
				? free.stream().map(Slot::location).distinct().sorted().toList()
				: preferredLocations.stream().distinct().toList();
		Map<String, Integer> rank = new LinkedHashMap<>();
		order.forEach(location -> rank.put(location, rank.size()));
		return rank;
	}

	/** Every clinic's slots together; where two clinics are free at the same time, the more preferred one. */
	Slot[][] merged(Slot[][][] grids) {
		Slot[][] merged = new Slot[days][times];
		for (int day = 0; day < days; day++) {
			for (int time = 0; time < times; time++) {
				for (int site = 0; site < grids.length && merged[day][time] == null; site++) {
					merged[day][time] = grids[site][day][time];
				}
			}
		}
		return merged;
	}

	int day(Slot slot) {
		return (int) ChronoUnit.DAYS.between(earliest, slot.date());
	}
}
