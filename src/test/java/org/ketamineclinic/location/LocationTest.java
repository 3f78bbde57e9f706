package org.ketamineclinic.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ketamineclinic.shared.PhoneNumber;

class LocationTest {

	private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

	private final Location seattle = new Location("seattle", "Seattle", "Clinic – Seattle", "d",
			new Location.Address("1 Pine St", "Seattle", "WA", "98101", "US"), new PhoneNumber("+12065550142"),
			PACIFIC, 47.6, -122.3,
			List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(18, 0)),
					new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(18, 0))),
			"", "", "", Instant.EPOCH);

	@Test
	void isOpenDuringItsHoursInItsOwnTimeZone() {
		Instant mondayNoonPacific = ZonedDateTime.of(2026, 11, 30, 12, 0, 0, 0, PACIFIC).toInstant();
		Instant mondayEveningPacific = ZonedDateTime.of(2026, 11, 30, 18, 0, 0, 0, PACIFIC).toInstant();
		assertThat(seattle.isOpenAt(mondayNoonPacific)).isTrue();
		assertThat(seattle.isOpenAt(mondayEveningPacific)).isFalse();
	}

	@Test
	void nextOpeningSkipsClosedDays() {
		Instant mondayNight = ZonedDateTime.of(2026, 11, 30, 22, 0, 0, 0, PACIFIC).toInstant();
		assertThat(seattle.nextOpening(mondayNight))
			.contains(ZonedDateTime.of(2026, 12, 4, 8, 0, 0, 0, PACIFIC));
	}

	@Test
	void nextOpeningAcrossTheSpringDaylightSavingChangeIsEightOClockLocalTime() {
		// Clocks go forward on Sunday 8 March 2026; Monday still opens at 8:00 local time (15:00 UTC, not 16:00).
		Instant fridayNight = ZonedDateTime.of(2026, 3, 6, 20, 0, 0, 0, PACIFIC).toInstant();
		var next = seattle.nextOpening(fridayNight).orElseThrow();
		assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(8, 0));
		assertThat(next.toInstant()).isEqualTo(Instant.parse("2026-03-09T15:00:00Z"));
	}

	@Test
	void theMapLinkIsAPlainLinkWithTheAddress() {
		assertThat(seattle.mapUrl()).startsWith("https://www.openstreetmap.org/search?query=")
			.contains("1+Pine+St");
	}

	@Test
	void hoursReadAsPeopleInTheUsWriteThem() {
		assertThat(seattle.hoursOn(DayOfWeek.MONDAY).orElseThrow().span()).isEqualTo("8:00 AM – 6:00 PM");
	}
}
