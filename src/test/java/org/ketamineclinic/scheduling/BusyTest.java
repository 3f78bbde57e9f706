package org.ketamineclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A chair is free exactly when no booking of it overlaps the time asked for; back to back is fine. */
class BusyTest {

	private static final Instant TEN = Instant.parse("2026-12-09T18:00:00Z");

	@Test
	void backToBackBookingsDoNotCollideButAnyOverlapDoes() {
		Busy busy = new Busy();
		busy.add("chair:1", TEN, TEN.plus(Duration.ofHours(2)));

		assertThat(busy.isFree("chair:1", TEN.plus(Duration.ofHours(2)), TEN.plus(Duration.ofHours(4)))).isTrue();
		assertThat(busy.isFree("chair:1", TEN.minus(Duration.ofHours(2)), TEN)).isTrue();
		assertThat(busy.isFree("chair:1", TEN.plus(Duration.ofMinutes(119)), TEN.plus(Duration.ofHours(3)))).isFalse();
		assertThat(busy.isFree("chair:1", TEN.minus(Duration.ofHours(1)), TEN.plus(Duration.ofMinutes(1)))).isFalse();
		assertThat(busy.isFree("chair:1", TEN.minus(Duration.ofHours(1)), TEN.plus(Duration.ofHours(5)))).isFalse();
		assertThat(busy.isFree("chair:2", TEN, TEN.plus(Duration.ofHours(2)))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void agreesWithCheckingEveryBookingOneByOne(long seed) {
		Random random = new Random(seed);
		Busy busy = new Busy();
		long[][] bookings = new long[40][];
		long at = 0;
		for (int i = 0; i < bookings.length; i++) {
			at += random.nextInt(4) * 15;
			long length = 15 + random.nextInt(8) * 15;
			bookings[i] = new long[] { at, at + length };
			busy.add("chair:1", TEN.plus(Duration.ofMinutes(at)), TEN.plus(Duration.ofMinutes(at + length)));
			at += length;
		}
		for (int i = 0; i < 500; i++) {
			long from = random.nextInt((int) at + 60) - 30;
			long to = from + 15 + random.nextInt(180);
			boolean overlaps = false;
			for (long[] booking : bookings) {
				overlaps |= booking[0] < to && from < booking[1];
			}
			assertThat(busy.isFree("chair:1", TEN.plus(Duration.ofMinutes(from)), TEN.plus(Duration.ofMinutes(to))))
				.isEqualTo(!overlaps);
		}
	}
}
