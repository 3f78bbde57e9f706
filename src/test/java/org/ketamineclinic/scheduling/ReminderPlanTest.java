package org.ketamineclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reminders keep the healthcare-text caps (1 a day, 3 a week) and still reach every visit. */
class ReminderPlanTest {

	private static final Instant MONDAY_9 = Instant.parse("2026-12-07T17:00:00Z");

	private static final java.time.ZoneId SEATTLE = java.time.ZoneId.of("America/Los_Angeles");

	private final ReminderPlan plan = new ReminderPlan(List.of(Duration.ofHours(48), Duration.ofHours(2)), 1, 3,
			java.time.LocalTime.of(21, 0), java.time.LocalTime.of(8, 0));

	private static ReminderPlan.Visit visit(long id, Instant start) {
		return new ReminderPlan.Visit(id, start, SEATTLE);
	}

	@Test
	void aSingleConsultationNextWeekGetsBothReminders() {
		var visit = visit(1, MONDAY_9.plus(Duration.ofDays(7)).plus(Duration.ofHours(2)));

		var reminders = plan.plan(List.of(visit), MONDAY_9);

		assertThat(reminders).extracting(ReminderPlan.Reminder::sendAt)
			.containsExactly(visit.start().minus(Duration.ofHours(48)), visit.start().minus(Duration.ofHours(2)));
		assertThat(visit.start().atZone(SEATTLE).toLocalTime()).isEqualTo(java.time.LocalTime.of(11, 0));
		assertThat(reminders.get(0).first()).isTrue();
		assertThat(reminders.get(1).first()).isFalse();
	}

	@Test
	void aReminderWhoseTimeHasPassedIsNotPlanned() {
		var tomorrow = visit(1, MONDAY_9.plus(Duration.ofDays(1)));

		assertThat(plan.plan(List.of(tomorrow), MONDAY_9)).extracting(ReminderPlan.Reminder::offset)
			.containsExactly(Duration.ofHours(2));
	}

	@Test
	void aMondayWednesdayFridaySeriesGetsOneReminderPerVisitWithinTheCaps() {
		List<ReminderPlan.Visit> visits = new ArrayList<>();
		long[] days = { 7, 9, 11, 14, 16, 18 };
		for (int i = 0; i < days.length; i++) {
			visits.add(visit(i + 1, MONDAY_9.plus(Duration.ofDays(days[i]))));
		}

		var reminders = plan.plan(visits, MONDAY_9);

		assertThat(reminders).extracting(ReminderPlan.Reminder::appointment).containsExactlyInAnyOrder(1L, 2L, 3L, 4L,
				5L, 6L);
		assertWithinCaps(reminders, 1, 3);
		assertThat(reminders).allMatch(ReminderPlan.Reminder::first);
	}

	@Test
	void theTwoHourReminderOfAnEightOClockVisitGoesOutTheEveningBefore() {
		var eight = visit(1, java.time.ZonedDateTime.of(2026, 12, 10, 8, 0, 0, 0, SEATTLE).toInstant());

		var reminders = plan.plan(List.of(eight), MONDAY_9);

		assertThat(reminders).extracting(r -> r.sendAt().atZone(SEATTLE).toLocalDateTime()).containsExactly(
				java.time.LocalDateTime.of(2026, 12, 8, 8, 0), java.time.LocalDateTime.of(2026, 12, 9, 20, 45));
	}

	@Test
	void noReminderFallsBetweenAnotherVisitAndItsOwn() {
		var monday = visit(1, MONDAY_9.plus(Duration.ofDays(7)).plus(Duration.ofHours(2)));
		var tuesday = visit(2, MONDAY_9.plus(Duration.ofDays(8)));

		var reminders = plan.plan(List.of(monday, tuesday), MONDAY_9);

		assertThat(reminders).filteredOn(r -> r.appointment() == 2)
			.allMatch(r -> !r.sendAt().isBefore(monday.start()));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })
	void anyCalendarKeepsTheCapsAndRemindsOnlyBeforeEachVisit(long seed) {
		Random random = new Random(seed);
		List<ReminderPlan.Visit> visits = new ArrayList<>();
		for (int i = 0; i < 1 + random.nextInt(10); i++) {
			visits.add(visit(i, MONDAY_9.plus(Duration.ofHours(3 + random.nextInt(24 * 30)))));
		}

		var reminders = plan.plan(visits, MONDAY_9);

		assertWithinCaps(reminders, 1, 3);
		for (var reminder : reminders) {
			var local = reminder.sendAt().atZone(SEATTLE).toLocalTime();
			assertThat(local).as("outside quiet hours").isBetween(java.time.LocalTime.of(8, 0),
					java.time.LocalTime.of(20, 59));
			var visit = visits.stream().filter(v -> v.appointment() == reminder.appointment()).findFirst().orElseThrow();
			assertThat(reminder.sendAt()).isAfter(MONDAY_9).isBefore(visit.start());
		}
	}

	private static void assertWithinCaps(List<ReminderPlan.Reminder> reminders, int perDay, int perWeek) {
		for (var reminder : reminders) {
			Instant from = reminder.sendAt();
			assertThat(reminders.stream().filter(r -> !r.sendAt().isBefore(from)
					&& r.sendAt().isBefore(from.plus(Duration.ofDays(1)))).count()).isLessThanOrEqualTo(perDay);
			assertThat(reminders.stream().filter(r -> !r.sendAt().isBefore(from)
					&& r.sendAt().isBefore(from.plus(Duration.ofDays(7)))).count()).isLessThanOrEqualTo(perWeek);
		}
	}
}
