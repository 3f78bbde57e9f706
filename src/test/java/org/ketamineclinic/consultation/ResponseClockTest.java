package org.ketamineclinic.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.OpeningHours;
import org.ketamineclinic.shared.PhoneNumber;

class ResponseClockTest {

	private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

	private static final ZoneId EASTERN = ZoneId.of("America/New_York");

	private static final Duration ONE_HOUR = Duration.ofHours(1);

	/** Open Monday to Friday, 8:00 AM – 6:00 PM. */
	private final Location seattle = clinic(PACIFIC, weekdays());

	private final Location newYork = clinic(EASTERN, weekdays());

	/** Weekday hours, plus a small-hours Sunday session that falls right on the daylight-saving changes. */
	private final Location nightOwls = clinic(PACIFIC, withSunday(LocalTime.of(1, 0), LocalTime.of(4, 0)));

	@Test
	void aRequestDuringOpeningHoursIsDueAnHourLater() {
		// Tuesday 1 December 2026, 10:00 in Seattle.
		assertThat(ResponseClock.dueAt(pacific(2026, 12, 1, 10, 0), seattle, ONE_HOUR))
			.contains(pacific(2026, 12, 1, 11, 0));
	}

	@Test
	void aRequestHalfAnHourBeforeClosingIsDueHalfAnHourAfterTheClinicOpensNextDay() {
		assertThat(ResponseClock.dueAt(pacific(2026, 12, 1, 17, 30), seattle, ONE_HOUR))
			.contains(pacific(2026, 12, 2, 8, 30));
	}

	@Test
	void aRequestHalfAnHourBeforeClosingOnFridayIsDueHalfAnHourAfterTheClinicOpensOnMonday() {
		assertThat(ResponseClock.dueAt(pacific(2026, 12, 4, 17, 30), seattle, ONE_HOUR))
			.contains(pacific(2026, 12, 7, 8, 30));
	}

	@Test
	void aRequestSentAtNightIsDueAnHourAfterTheClinicOpens() {
		assertThat(ResponseClock.dueAt(pacific(2026, 12, 1, 21, 0), seattle, ONE_HOUR))
			.contains(pacific(2026, 12, 2, 9, 0));
		assertThat(ResponseClock.dueAt(pacific(2026, 12, 2, 5, 45), seattle, ONE_HOUR))
			.contains(pacific(2026, 12, 2, 9, 0));
	}

	@Test
	void aRequestSentAsTheClinicClosesWaitsForTheNextMorning() {
		assertThat(ResponseClock.dueAt(pacific(2026, 12, 1, 18, 0), seattle, ONE_HOUR))
			.contains(pacific(2026, 12, 2, 9, 0));
	}

	@Test
	void aRequestSentAtTheWeekendIsDueAnHourAfterTheClinicOpensOnMonday() {
		// Saturday 5 December 2026, midday.
		assertThat(ResponseClock.dueAt(pacific(2026, 12, 5, 12, 0), seattle, ONE_HOUR))
			.contains(pacific(2026, 12, 7, 9, 0));
	}

	@Test
	void eachClinicCountsInItsOwnTimeZone() {
		// 10:00 in New York is 7:00 in Seattle, before the Seattle clinic opens.
		Instant received = Instant.parse("2026-12-01T15:00:00Z");
		assertThat(ResponseClock.dueAt(received, newYork, ONE_HOUR)).contains(Instant.parse("2026-12-01T16:00:00Z"));
		assertThat(ResponseClock.dueAt(received, seattle, ONE_HOUR)).contains(Instant.parse("2026-12-01T17:00:00Z"));
	}

	@Test
	void aClinicWithNoOpeningHoursHasNoDueTimeAndNoOpenTime() {
		Location closed = clinic(PACIFIC, List.of());
		Instant received = pacific(2026, 12, 1, 10, 0);
		assertThat(ResponseClock.dueAt(received, closed, ONE_HOUR)).isEmpty();
		assertThat(ResponseClock.openTimeBetween(received, received.plus(Duration.ofDays(30)), closed)).isZero();
	}

	@Test
	void onlyOpeningHoursCountAsBusinessTime() {
		// Tuesday 17:00 to Wednesday 9:00: one hour on Tuesday, one on Wednesday.
		assertThat(ResponseClock.openTimeBetween(pacific(2026, 12, 1, 17, 0), pacific(2026, 12, 2, 9, 0), seattle))
			.isEqualTo(Duration.ofHours(2));
		// A whole weekend counts for nothing.
		assertThat(ResponseClock.openTimeBetween(pacific(2026, 12, 4, 18, 0), pacific(2026, 12, 7, 8, 0), seattle))
			.isZero();
	}

	@Test
	void aContactBeforeTheRequestCountsAsNoTimeAtAll() {
		Instant received = pacific(2026, 12, 1, 10, 0);
		assertThat(ResponseClock.openTimeBetween(received, received.minusSeconds(60), seattle)).isZero();
		assertThat(ResponseClock.openTimeBetween(received, received, seattle)).isZero();
	}

	@Test
	void aContactMadeExactlyWhenDueTookTheWholeTarget() {
		Instant received = pacific(2026, 12, 4, 16, 20);
		Duration target = Duration.ofHours(3);
		Instant due = ResponseClock.dueAt(received, seattle, target).orElseThrow();
		assertThat(ResponseClock.openTimeBetween(received, due, seattle)).isEqualTo(target);
	}

	@Test
	void theSundayTheClocksGoForwardHasOnlyTwoRealOpenHours() {
		// Friday 6 March 2026 at 20:00; at 2:00 on Sunday 8 March, clocks jump to 3:00.
		Instant fridayNight = pacific(2026, 3, 6, 20, 0);
		Instant mondayMorning = pacific(2026, 3, 9, 8, 0);
		assertThat(ResponseClock.openTimeBetween(fridayNight, mondayMorning, nightOwls)).isEqualTo(Duration.ofHours(2));
		// One hour after opening at 1:00 the wall clock already reads 3:00.
		Instant dueInOneHour = ResponseClock.dueAt(fridayNight, nightOwls, ONE_HOUR).orElseThrow();
		assertThat(dueInOneHour).isEqualTo(Instant.parse("2026-03-08T10:00:00Z"));
		assertThat(dueInOneHour.atZone(PACIFIC).toLocalTime()).isEqualTo(LocalTime.of(3, 0));
		// Three hours do not fit in that Sunday: the third is counted on Monday.
		assertThat(ResponseClock.dueAt(fridayNight, nightOwls, Duration.ofHours(3))).contains(pacific(2026, 3, 9, 9, 0));
	}

	@Test
	void theSundayTheClocksGoBackHasFourRealOpenHours() {
		// Friday 30 October 2026 at 20:00; at 2:00 on Sunday 1 November, clocks go back to 1:00.
		Instant fridayNight = pacific(2026, 10, 30, 20, 0);
		Instant mondayMorning = pacific(2026, 11, 2, 8, 0);
		assertThat(ResponseClock.openTimeBetween(fridayNight, mondayMorning, nightOwls)).isEqualTo(Duration.ofHours(4));
		// Three real hours after opening at 1:00 (daylight time) the wall clock reads 3:00 (standard time).
		Instant dueInThreeHours = ResponseClock.dueAt(fridayNight, nightOwls, Duration.ofHours(3)).orElseThrow();
		assertThat(dueInThreeHours).isEqualTo(Instant.parse("2026-11-01T11:00:00Z"));
		assertThat(dueInThreeHours.atZone(PACIFIC).toLocalTime()).isEqualTo(LocalTime.of(3, 0));
	}

	@Test
	void anOrdinarySundayHasThreeOpenHours() {
		Instant fridayNight = pacific(2026, 3, 13, 20, 0);
		Instant mondayMorning = pacific(2026, 3, 16, 8, 0);
		assertThat(ResponseClock.openTimeBetween(fridayNight, mondayMorning, nightOwls)).isEqualTo(Duration.ofHours(3));
	}

	private static Instant pacific(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, PACIFIC).toInstant();
	}

	private static List<OpeningHours> weekdays() {
		List<OpeningHours> hours = new ArrayList<>();
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			hours.add(new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(18, 0)));
		}
		return hours;
	}

	private static List<OpeningHours> withSunday(LocalTime opens, LocalTime closes) {
		List<OpeningHours> hours = weekdays();
		hours.add(new OpeningHours(DayOfWeek.SUNDAY, opens, closes));
		return hours;
	}

	private static Location clinic(ZoneId zone, List<OpeningHours> hours) {
		return new Location("clinic", "Clinic", "Clinic – " + zone.getId(), "d",
				new Location.Address("1 Pine St", "Seattle", "WA", "98101", "US"), new PhoneNumber("+12065550142"), zone,
				47.6, -122.3, hours, "", "", "", Instant.EPOCH);
	}
}
