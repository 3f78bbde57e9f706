package org.ketamineclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SeriesRulesTest {

	private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

	private static final SeriesRules STANDARD = SeriesRules.standardSeries();

	private static final SeriesRules PAIN = SeriesRules.painProtocol();

	@Test
	void mondayWednesdayFridayForTwoWeeksIsAValidSeries() {
		assertThat(STANDARD.problems(visits("2026-11-30", "2026-12-02", "2026-12-04", "2026-12-07", "2026-12-09",
				"2026-12-11")))
			.isEmpty();
	}

	@Test
	void twiceAWeekForThreeWeeksIsAValidSeries() {
		assertThat(STANDARD.problems(visits("2026-11-30", "2026-12-03", "2026-12-07", "2026-12-10", "2026-12-14",
				"2026-12-17")))
			.isEmpty();
	}

	@Test
	void theOrderTheVisitsComeInDoesNotMatter() {
		List<Slot> visits = new ArrayList<>(visits("2026-11-30", "2026-12-02", "2026-12-04", "2026-12-07",
				"2026-12-09", "2026-12-11"));
		Collections.shuffle(visits, new Random(7));

		assertThat(STANDARD.problems(visits)).isEmpty();
	}

	@Test
	void visitsOnConsecutiveDaysAreReported() {
		assertThat(STANDARD.problems(visits("2026-11-23", "2026-11-26", "2026-12-01", "2026-12-02", "2026-12-07",
				"2026-12-10")))
			.containsExactly("Visits 3 and 4 are on consecutive days (Tue Dec 1 and Wed Dec 2).");
	}

	@Test
	void visitsAreNumberedInDateOrderWhateverOrderTheyCameIn() {
		assertThat(STANDARD.problems(visits("2026-12-10", "2026-12-02", "2026-11-26", "2026-12-07", "2026-11-23",
				"2026-12-01")))
			.containsExactly("Visits 3 and 4 are on consecutive days (Tue Dec 1 and Wed Dec 2).");
	}

	@Test
	void twoVisitsOnOneDayAreReported() {
		assertThat(STANDARD.problems(visits("2026-11-30", "2026-12-02", "2026-12-02", "2026-12-07", "2026-12-09",
				"2026-12-11")))
			.containsExactly("Visits 2 and 3 are on the same day (Wed Dec 2).");
	}

	@Test
	void visitsCloserThanALongerMinimumGapAreReportedWithTheGap() {
		SeriesRules everyThirdDay = new SeriesRules(4, 21, 3, 1, 3);

		assertThat(everyThirdDay.problems(visits("2026-11-30", "2026-12-02", "2026-12-07", "2026-12-10")))
			.containsExactly("Visits 1 and 2 are only 2 days apart (Mon Nov 30 and Wed Dec 2); the protocol needs at least 3.");
	}

	@Test
	void aSeriesLongerThanTheProtocolAllowsIsReported() {
		// Nov 30 to Dec 22 is 23 days; the third week is then also short of visits.
		assertThat(STANDARD.problems(visits("2026-11-30", "2026-12-03", "2026-12-07", "2026-12-10", "2026-12-14",
				"2026-12-22")))
			.contains("The series spans 23 days; the protocol allows 21.");
	}

	@Test
	void fourVisitsInSevenDaysAreReported() {
		assertThat(STANDARD.problems(visits("2026-12-01", "2026-12-03", "2026-12-05", "2026-12-07", "2026-12-10",
				"2026-12-14")))
			.containsExactly("4 visits fall within 7 days (Dec 1–Dec 7); at most 3 a week.");
	}

	@Test
	void aCrowdedStretchIsReportedOnceNotForEveryDayInIt() {
		List<String> problems = new SeriesRules(6, 21, 1, 0, 3)
			.problems(visits("2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-15"));

		assertThat(problems).containsExactly("5 visits fall within 7 days (Dec 1–Dec 7); at most 3 a week.");
	}

	@Test
	void aWeekWithTooFewVisitsIsReported() {
		assertThat(STANDARD.problems(visits("2026-12-01", "2026-12-03", "2026-12-05", "2026-12-10", "2026-12-15",
				"2026-12-17")))
			.containsExactly("Only 1 visit in the week of Dec 8; at least 2 a week.");
	}

	@Test
	void aWeekWithNoVisitsIsReported() {
		assertThat(new SeriesRules(4, 21, 2, 1, 3).problems(visits("2026-12-01", "2026-12-03", "2026-12-15",
				"2026-12-17")))
			.containsExactly("No visits in the week of Dec 8; at least 1 a week.");
	}

	@Test
	void aWeekCountsOnlyWhenTheSeriesRunsToItsLastDay() {
		// Weeks from Dec 1: Dec 1–7, Dec 8–14. Ending on the 13th, the second week is not over for this series…
		assertThat(PAIN.problems(visits("2026-12-01", "2026-12-03", "2026-12-06", "2026-12-13"))).isEmpty();
		// …ending on the 14th, its last day, it is, and one visit in it is too few.
		assertThat(PAIN.problems(visits("2026-12-01", "2026-12-03", "2026-12-06", "2026-12-14")))
			.containsExactly("Only 1 visit in the week of Dec 8; at least 2 a week.");
	}

	@Test
	void tooFewVisitsAreReported() {
		assertThat(STANDARD.problems(visits("2026-11-30", "2026-12-02", "2026-12-04", "2026-12-07", "2026-12-09")))
			.containsExactly("The series has 5 visits; the program needs 6.");
	}

	@Test
	void anEmptySeriesIsReportedAsMissingEveryVisit() {
		assertThat(STANDARD.problems(List.of())).containsExactly("The series has 0 visits; the program needs 6.");
	}

	@Test
	void everyBrokenRuleIsReported() {
		assertThat(STANDARD.problems(visits("2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-24")))
			.containsExactly("The series has 5 visits; the program needs 6.",
					"Visits 1 and 2 are on consecutive days (Tue Dec 1 and Wed Dec 2).",
					"Visits 2 and 3 are on consecutive days (Wed Dec 2 and Thu Dec 3).",
					"Visits 3 and 4 are on consecutive days (Thu Dec 3 and Fri Dec 4).",
					"The series spans 24 days; the protocol allows 21.",
					"4 visits fall within 7 days (Dec 1–Dec 7); at most 3 a week.",
					"No visits in the week of Dec 8; at least 2 a week.",
					"No visits in the week of Dec 15; at least 2 a week.");
	}

	@Test
	void thePainProtocolHasFourInfusionsUnderItsOwnRules() {
		List<Slot> fourVisits = visits("2026-11-30", "2026-12-03", "2026-12-07", "2026-12-10");

		assertThat(PAIN.problems(fourVisits)).isEmpty();
		assertThat(STANDARD.problems(fourVisits)).containsExactly("The series has 4 visits; the program needs 6.");
		assertThat(PAIN.problems(visits("2026-11-30", "2026-12-02", "2026-12-04", "2026-12-07", "2026-12-09",
				"2026-12-11")))
			.containsExactly("The series has 6 visits; the program needs 4.");
		assertThat(PAIN.problems(visits("2026-11-30", "2026-12-01", "2026-12-07", "2026-12-10")))
			.containsExactly("Visits 1 and 2 are on consecutive days (Mon Nov 30 and Tue Dec 1).");
	}

	@Test
	void rulesThatMakeNoSenseAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SeriesRules(0, 21, 2, 2, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> new SeriesRules(6, 0, 2, 2, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> new SeriesRules(6, 21, 0, 2, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> new SeriesRules(6, 21, 2, -1, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> new SeriesRules(6, 21, 2, 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new SeriesRules(6, 21, 2, 4, 3))
			.withMessageContaining("minimum (4) is above the weekly maximum (3)");
		assertThatIllegalArgumentException().isThrownBy(() -> new SeriesRules(6, 10, 2, 2, 3))
			.withMessageContaining("do not fit in 10 days");
	}

	/** Visits at 10:00 in Seattle on the given dates. */
	private static List<Slot> visits(String... dates) {
		List<Slot> visits = new ArrayList<>();
		for (String date : dates) {
			LocalDate day = LocalDate.parse(date);
			LocalTime ten = LocalTime.of(10, 0);
			visits.add(new Slot("seattle", day, ten, day.atTime(ten).atZone(PACIFIC).toInstant()));
		}
		return visits;
	}
}
