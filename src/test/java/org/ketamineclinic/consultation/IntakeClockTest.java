package org.ketamineclinic.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class IntakeClockTest {

	@Test
	void lessThanAnHourReadsInMinutes() {
		assertThat(IntakeClock.words(Duration.ofMinutes(35))).isEqualTo("35 min");
		assertThat(IntakeClock.words(Duration.ofMinutes(59).plusSeconds(59))).isEqualTo("59 min");
	}

	@Test
	void wholeHoursReadWithoutMinutes() {
		assertThat(IntakeClock.words(Duration.ofHours(1))).isEqualTo("1 h");
		assertThat(IntakeClock.words(Duration.ofHours(26))).isEqualTo("26 h");
	}

	@Test
	void hoursAndMinutesReadTogether() {
		assertThat(IntakeClock.words(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
	}

	@Test
	void secondsAreDroppedAndNothingReadsNegative() {
		assertThat(IntakeClock.words(Duration.ofSeconds(59))).isEqualTo("0 min");
		assertThat(IntakeClock.words(Duration.ofMinutes(-10))).isEqualTo("0 min");
	}
}
