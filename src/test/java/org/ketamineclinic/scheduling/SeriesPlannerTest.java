package org.ketamineclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planner against the clinic's rules on many random calendars, and against a plain exhaustive search on small
 * ones: it must find a series whenever one exists.
 */
class SeriesPlannerTest {

	private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

	/** Monday 30 November 2026. */
	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

	/** Infusion starts every half hour from 8:00 to 15:30. */
	private static final List<LocalTime> STARTS = IntStream.range(0, 16)
		.mapToObj(i -> LocalTime.of(8, 0).plusMinutes(30L * i))
		.toList();

	private static final List<String> CLINICS = List.of("seattle", "bellevue", "tacoma");

	private static final SeriesRules STANDARD = SeriesRules.standardSeries();

	private static final SeriesRules PAIN = SeriesRules.painProtocol();

	/** A protocol a medical director might set, where the series length (not the weekly minimum) is what binds. */
	private static final SeriesRules LOOSE = new SeriesRules(5, 18, 3, 1, 2);

	private static final List<SeriesRules> PROTOCOLS = List.of(STANDARD, PAIN, LOOSE);

	private static final Set<String> LABELS = Set.of(SeriesPlanner.SOONEST_START, SeriesPlanner.FEWEST_TIMES,
			SeriesPlanner.FEWEST_DAYS);

	static IntStream seeds() {
		return IntStream.rangeClosed(1, 200);
	}

	/** Spreads the seeds apart: the first numbers drawn from neighbouring seeds are alike. */
	private static Random calendar(int seed) {
		return new Random(seed * 0x9E3779B97F4A7C15L);
	}

	@ParameterizedTest(name = "calendar {0}")
	@MethodSource("seeds")
	void everyProposedSeriesKeepsTheProtocolAndUsesOnlyWhatIsFreeWherePreferred(int seed) {
		Random random = calendar(seed);
		// Slots from a week before the earliest day, which must not be used.
		List<Slot> free = randomCalendar(random, CLINICS, MONDAY.minusDays(7), 50, 0.2 + 0.8 * random.nextDouble(),
				0.05 + 0.75 * random.nextDouble());
		List<String> preferred = new ArrayList<>(CLINICS);
		Collections.shuffle(preferred, random);
		preferred = preferred.subList(0, random.nextInt(CLINICS.size() + 1));
		LocalDate earliest = MONDAY.plusDays(random.nextInt(7));
		Set<Slot> offered = new HashSet<>(free);

		for (SeriesRules rules : PROTOCOLS) {
			List<ProposedSeries> proposals = new SeriesPlanner(rules).propose(free, preferred, earliest);

			assertThat(proposals).hasSizeLessThanOrEqualTo(3);
			assertThat(proposals).extracting(ProposedSeries::visits).doesNotHaveDuplicates();
			for (ProposedSeries series : proposals) {
				assertThat(series.label()).isIn(LABELS);
				assertThat(rules.problems(series.visits())).as("%s", series).isEmpty();
				assertThat(keepsProtocol(dates(series.visits()), rules)).as("%s", series).isTrue();
				assertThat(series.firstDate()).isAfterOrEqualTo(earliest);
				assertThat(offered).containsAll(series.visits());
				if (!preferred.isEmpty()) {
					assertThat(preferred).containsAll(series.locations());
				}
			}
		}
	}

	@ParameterizedTest(name = "calendar {0}")
	@MethodSource("seeds")
	void findsASeriesWheneverOneExistsAndNoneWhenNoneDoes(int seed) {
		Random random = calendar(seed);
		List<String> clinics = CLINICS.subList(0, 1 + random.nextInt(2));
		List<Slot> free = sparseCalendar(random, clinics, 24, 0.1 + 0.45 * random.nextDouble());

		for (SeriesRules rules : PROTOCOLS) {
			List<ProposedSeries> proposals = new SeriesPlanner(rules).propose(free, clinics, MONDAY);

			boolean anySeries = someSeriesExists(freeDays(free, clinics), rules);
			assertThat(proposals.isEmpty()).as("no proposal, though a series exists").isEqualTo(!anySeries);
			assertThat(proposals).allSatisfy(series -> assertThat(keepsProtocol(dates(series.visits()), rules)).isTrue());
			boolean atOneClinic = anySeries && clinics.stream()
				.anyMatch(clinic -> someSeriesExists(freeDays(free, List.of(clinic)), rules));
			if (atOneClinic) {
				assertThat(proposals).allSatisfy(series -> assertThat(series.locations()).hasSize(1));
			}
		}
	}

	@ParameterizedTest(name = "calendar {0}")
	@MethodSource("seeds")
	void noSeriesNeedsFewerDifferentTimesThanTheFewestOffered(int seed) {
		Random random = calendar(seed);
		List<String> clinics = CLINICS.subList(0, 1 + random.nextInt(2));
		List<Slot> free = sparseCalendar(random, clinics, 24, 0.2 + 0.35 * random.nextDouble());

		for (SeriesRules rules : PROTOCOLS) {
			List<ProposedSeries> proposals = new SeriesPlanner(rules).propose(free, clinics, MONDAY);

			// Counted at one clinic when one clinic can hold a series (the planner then stays at one), else across both.
			int fewestAtOneClinic = clinics.stream()
				.mapToInt(clinic -> fewestTimesOfAnySeries(atClinics(free, List.of(clinic)), rules))
				.min()
				.orElseThrow();
			int fewest = fewestAtOneClinic < Integer.MAX_VALUE ? fewestAtOneClinic
					: fewestTimesOfAnySeries(free, rules);
			if (fewest < Integer.MAX_VALUE) {
				assertThat(proposals.stream().mapToInt(ProposedSeries::distinctTimes).min().orElseThrow())
					.isEqualTo(fewest);
			}
		}
	}

	@Test
	void aFullyOpenCalendarStartsOnTheEarliestDayAtOneTimeAtTheMostPreferredClinic() {
		List<Slot> free = randomCalendar(new Random(1), CLINICS, MONDAY, 60, 1.0, 1.0);
		LocalDate tuesday = MONDAY.plusDays(1);

		List<ProposedSeries> proposals = new SeriesPlanner(STANDARD).propose(free, CLINICS, tuesday);

		// Soonest, fewest times and fewest days agree here, so there is one proposal and no padding.
		assertThat(proposals).hasSize(1);
		ProposedSeries series = proposals.get(0);
		assertThat(series.label()).isEqualTo(SeriesPlanner.SOONEST_START);
		assertThat(series.firstDate()).isEqualTo(tuesday);
		assertThat(series.distinctTimes()).isEqualTo(1);
		assertThat(series.daysSpanned()).isEqualTo(12);
		assertThat(series.locations()).containsExactly("seattle");
	}

	@Test
	void whenTheSoonestStartNeedsASecondTimeTheFewestTimesChoiceKeepsOne() {
		// The first day has only 7:00 free; from the next day on, everything but 7:00.
		List<Slot> free = new ArrayList<>(randomCalendar(new Random(1), List.of("seattle"), MONDAY.plusDays(1), 40,
				1.0, 1.0));
		free.add(slot("seattle", MONDAY, LocalTime.of(7, 0)));

		List<ProposedSeries> proposals = new SeriesPlanner(STANDARD).propose(free, List.of("seattle"), MONDAY);

		assertThat(proposals).extracting(ProposedSeries::label)
			.containsExactly(SeriesPlanner.SOONEST_START, SeriesPlanner.FEWEST_TIMES);
		assertThat(proposals.get(0).firstDate()).isEqualTo(MONDAY);
		assertThat(proposals.get(0).distinctTimes()).isEqualTo(2);
		assertThat(proposals.get(0).visits().get(1).start()).isEqualTo(LocalTime.of(8, 0));
		assertThat(proposals.get(1).firstDate()).isEqualTo(MONDAY.plusDays(1));
		assertThat(proposals.get(1).distinctTimes()).isEqualTo(1);
	}

	@Test
	void aSeriesAtOneClinicIsPreferredToASoonerOneAcrossClinics() {
		List<Slot> seattle = atNine("seattle", 0, 2, 4);
		List<Slot> bellevue = atNine("bellevue", 7, 9, 11);
		List<Slot> tacoma = atNine("tacoma", 14, 16, 18, 21, 23, 25);
		List<Slot> free = new ArrayList<>(seattle);
		free.addAll(bellevue);
		free.addAll(tacoma);

		List<ProposedSeries> proposals = new SeriesPlanner(STANDARD).propose(free, CLINICS, MONDAY);

		assertThat(proposals).isNotEmpty();
		assertThat(proposals).allSatisfy(series -> assertThat(series.locations()).containsExactly("tacoma"));
		assertThat(proposals.get(0).visits()).isEqualTo(tacoma);
	}

	@Test
	void clinicsAreMixedOnlyWhenNoSingleClinicCanHoldASeries() {
		List<Slot> free = new ArrayList<>(atNine("seattle", 0, 2, 4));
		free.addAll(atNine("bellevue", 7, 9, 11));

		List<ProposedSeries> proposals = new SeriesPlanner(STANDARD).propose(free, CLINICS, MONDAY);

		assertThat(proposals).hasSize(1);
		assertThat(proposals.get(0).locations()).containsExactly("seattle", "bellevue");
		assertThat(STANDARD.problems(proposals.get(0).visits())).isEmpty();
	}

	@Test
	void theMorePreferredClinicWinsWhenBothWorkEquallyWell() {
		List<Slot> free = randomCalendar(new Random(2), List.of("seattle", "bellevue"), MONDAY, 30, 1.0, 1.0);

		List<ProposedSeries> proposals = new SeriesPlanner(PAIN).propose(free, List.of("bellevue", "seattle"), MONDAY);

		assertThat(proposals).isNotEmpty()
			.allSatisfy(series -> assertThat(series.locations()).containsExactly("bellevue"));
	}

	@Test
	void withNoPreferenceEveryClinicIsConsidered() {
		List<ProposedSeries> proposals = new SeriesPlanner(STANDARD)
			.propose(atNine("tacoma", 0, 2, 4, 7, 9, 11), List.of(), MONDAY);

		assertThat(proposals).extracting(ProposedSeries::locations).containsExactly(Set.of("tacoma"));
	}

	@Test
	void slotsAtOtherClinicsOrBeforeTheEarliestDayAreNotUsed() {
		List<Slot> tacoma = atNine("tacoma", 0, 2, 4, 7, 9, 11);

		assertThat(new SeriesPlanner(STANDARD).propose(tacoma, List.of("seattle"), MONDAY)).isEmpty();
		assertThat(new SeriesPlanner(STANDARD).propose(tacoma, CLINICS, MONDAY.plusDays(1))).isEmpty();
		assertThat(new SeriesPlanner(STANDARD).propose(List.of(), CLINICS, MONDAY)).isEmpty();
	}

	@Test
	void thePainProtocolBooksFourInfusions() {
		List<Slot> free = randomCalendar(new Random(3), CLINICS, MONDAY, 30, 0.6, 0.3);

		List<ProposedSeries> proposals = new SeriesPlanner(PAIN).propose(free, CLINICS, MONDAY);

		assertThat(proposals).isNotEmpty().allSatisfy(series -> {
			assertThat(series.visits()).hasSize(4);
			assertThat(PAIN.problems(series.visits())).isEmpty();
		});
	}

	/** The protocol's definitions, written out again here, independently of {@link SeriesRules#problems}. */
	private static boolean keepsProtocol(List<LocalDate> dates, SeriesRules rules) {
		if (dates.size() != rules.infusions()) {
			return false;
		}
		long[] day = new long[dates.size()];
		for (int i = 0; i < day.length; i++) {
			day[i] = dates.get(i).toEpochDay();
		}
		Arrays.sort(day);
		long first = day[0];
		long last = day[day.length - 1];
		if (last - first > rules.withinDays() - 1) {
			return false;
		}
		for (int i = 1; i < day.length; i++) {
			if (day[i] <= day[i - 1] || day[i] - day[i - 1] < rules.minDaysBetween()) {
				return false;
			}
		}
		for (long weekStart = first - 6; weekStart <= last; weekStart++) {
			if (visitsBetween(day, weekStart, weekStart + 6) > rules.maxPerWeek()) {
				return false;
			}
		}
		for (long blockStart = first; blockStart + 6 <= last; blockStart += 7) {
			if (visitsBetween(day, blockStart, blockStart + 6) < rules.minPerWeek()) {
				return false;
			}
		}
		return true;
	}

	private static int visitsBetween(long[] days, long from, long to) {
		int count = 0;
		for (long day : days) {
			if (day >= from && day <= to) {
				count++;
			}
		}
		return count;
	}

	/** Tries every combination of free days, one by one. */
	private static boolean someSeriesExists(List<LocalDate> freeDays, SeriesRules rules) {
		return someCombinationKeepsProtocol(freeDays, 0, new ArrayList<>(), rules);
	}

	private static boolean someCombinationKeepsProtocol(List<LocalDate> freeDays, int from, List<LocalDate> chosen,
			SeriesRules rules) {
		if (chosen.size() == rules.infusions()) {
			return keepsProtocol(chosen, rules);
		}
		for (int i = from; i <= freeDays.size() - (rules.infusions() - chosen.size()); i++) {
			chosen.add(freeDays.get(i));
			if (someCombinationKeepsProtocol(freeDays, i + 1, chosen, rules)) {
				return true;
			}
			chosen.remove(chosen.size() - 1);
		}
		return false;
	}

	/** Over every combination of dates that keeps the protocol, the fewest start times that serve all its dates. */
	private static int fewestTimesOfAnySeries(List<Slot> free, SeriesRules rules) {
		Map<LocalDate, Set<LocalTime>> startsOn = new TreeMap<>();
		free.forEach(slot -> startsOn.computeIfAbsent(slot.date(), date -> new HashSet<>()).add(slot.start()));
		int[] fewest = { Integer.MAX_VALUE };
		everyCombination(new ArrayList<>(startsOn.keySet()), 0, new ArrayList<>(), rules.infusions(), dates -> {
			// Fewer than one time is impossible, so once a series keeps one time the rest need no checking.
			if (fewest[0] > 1 && keepsProtocol(dates, rules)) {
				fewest[0] = Math.min(fewest[0], fewestTimesServing(dates, startsOn));
			}
		});
		return fewest[0];
	}

	/** The smallest number of start times such that every date is free at one of them, trying every set of times. */
	private static int fewestTimesServing(List<LocalDate> dates, Map<LocalDate, Set<LocalTime>> startsOn) {
		List<LocalTime> starts = new ArrayList<>(new TreeSet<>(dates.stream()
			.flatMap(date -> startsOn.get(date).stream())
			.toList()));
		for (int count = 1; count <= dates.size(); count++) {
			boolean[] served = { false };
			everyCombination(starts, 0, new ArrayList<>(), count, times -> served[0] |= servesEveryDate(times, dates,
					startsOn));
			if (served[0]) {
				return count;
			}
		}
		throw new AssertionError("one time per date always serves");
	}

	private static boolean servesEveryDate(List<LocalTime> times, List<LocalDate> dates,
			Map<LocalDate, Set<LocalTime>> startsOn) {
		for (LocalDate date : dates) {
			if (Collections.disjoint(times, startsOn.get(date))) {
				return false;
			}
		}
		return true;
	}

	private static <T> void everyCombination(List<T> from, int index, List<T> chosen, int size,
			Consumer<List<T>> action) {
		if (chosen.size() == size) {
			action.accept(chosen);
			return;
		}
		for (int i = index; i <= from.size() - (size - chosen.size()); i++) {
			chosen.add(from.get(i));
			everyCombination(from, i + 1, chosen, size, action);
			chosen.remove(chosen.size() - 1);
		}
	}

	private static List<Slot> atClinics(List<Slot> free, List<String> clinics) {
		return free.stream().filter(slot -> clinics.contains(slot.location())).toList();
	}

	private static List<LocalDate> freeDays(List<Slot> free, List<String> clinics) {
		return new ArrayList<>(new TreeSet<>(free.stream()
			.filter(slot -> clinics.contains(slot.location()))
			.map(Slot::date)
			.toList()));
	}

	private static List<LocalDate> dates(List<Slot> visits) {
		return visits.stream().map(Slot::date).toList();
	}

	/** Each clinic open on a day with {@code openDays} chance, and each start then free with {@code freeStarts}. */
	private static List<Slot> randomCalendar(Random random, List<String> clinics, LocalDate from, int days,
			double openDays, double freeStarts) {
		List<Slot> free = new ArrayList<>();
		for (String clinic : clinics) {
			for (int day = 0; day < days; day++) {
				if (random.nextDouble() < openDays) {
					for (LocalTime start : STARTS) {
						if (random.nextDouble() < freeStarts) {
							free.add(slot(clinic, from.plusDays(day), start));
						}
					}
				}
			}
		}
		Collections.shuffle(free, random);
		return free;
	}

	/** Few free days, each with one to three free starts: series are rare and sometimes need two clinics. */
	private static List<Slot> sparseCalendar(Random random, List<String> clinics, int days, double openDays) {
		List<Slot> free = new ArrayList<>();
		for (String clinic : clinics) {
			for (int day = 0; day < days; day++) {
				if (random.nextDouble() < openDays) {
					int starts = 1 + random.nextInt(3);
					for (int i = 0; i < starts; i++) {
						free.add(slot(clinic, MONDAY.plusDays(day), STARTS.get(random.nextInt(STARTS.size()))));
					}
				}
			}
		}
		Collections.shuffle(free, random);
		return free;
	}

	private static List<Slot> atNine(String clinic, int... days) {
		return IntStream.of(days).mapToObj(day -> slot(clinic, MONDAY.plusDays(day), LocalTime.of(9, 0))).toList();
	}

	private static Slot slot(String clinic, LocalDate date, LocalTime start) {
		return new Slot(clinic, date, start, date.atTime(start).atZone(PACIFIC).toInstant());
	}
}
