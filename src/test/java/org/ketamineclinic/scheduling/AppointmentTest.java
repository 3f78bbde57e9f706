package org.ketamineclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** What may happen to an appointment, and when. */
class AppointmentTest {

	private static final Instant START = Instant.parse("2026-12-09T18:00:00Z");

	private static final Duration DAY = Duration.ofHours(24);

	private static Appointment booked() {
		return new Appointment(1, AppointmentType.INFUSION, "seattle", ZoneId.of("America/Los_Angeles"), START,
				START.plus(Duration.ofHours(2)), AppointmentMode.IN_PERSON, AppointmentStatus.BOOKED, 7, null, null, null,
				null, 0);
	}

	@Test
	void aPersonCancellingWithMoreThanADaysNoticeIsAnOrdinaryCancellation() {
		var appointment = booked();
		appointment.cancel(true, "Feeling better", DAY, START.minus(Duration.ofHours(30)));
		assertThat(appointment.status).isEqualTo(AppointmentStatus.CANCELLED);
	}

	@Test
	void aPersonCancellingWithLessThanADaysNoticeIsALateCancellation() {
		var appointment = booked();
		appointment.cancel(true, null, DAY, START.minus(Duration.ofHours(5)));
		assertThat(appointment.status).isEqualTo(AppointmentStatus.LATE_CANCELLED);
	}

	@Test
	void theClinicCancellingLateIsNotCountedAgainstThePerson() {
		var appointment = booked();
		appointment.cancel(false, "Nurse ill", DAY, START.minus(Duration.ofHours(5)));
		assertThat(appointment.status).isEqualTo(AppointmentStatus.CANCELLED);
	}

	@Test
	void aNoShowCanOnlyBeRecordedOnceTheTimeHasCome() {
		var appointment = booked();
		assertThatThrownBy(() -> appointment.noShow(START.minusSeconds(60))).isInstanceOf(ScheduleRefusal.class);
		appointment.noShow(START.plus(Duration.ofMinutes(20)));
		assertThat(appointment.status).isEqualTo(AppointmentStatus.NO_SHOW);
	}

	@Test
	void checkInOpensAnHourBeforeAndCompletingNeedsACheckIn() {
		var appointment = booked();
		assertThatThrownBy(appointment::complete).isInstanceOf(ScheduleRefusal.class);
		assertThatThrownBy(() -> appointment.checkIn(START.minus(Duration.ofHours(2))))
			.isInstanceOf(ScheduleRefusal.class);
		appointment.checkIn(START.minus(Duration.ofMinutes(15)));
		appointment.complete();
		assertThat(appointment.status).isEqualTo(AppointmentStatus.COMPLETED);
	}

	@Test
	void aCancelledAppointmentCannotBeMovedOrCancelledAgain() {
		var appointment = booked();
		appointment.cancel(false, null, DAY, START.minus(Duration.ofDays(3)));
		assertThatThrownBy(() -> appointment.moveTo(START.plus(DAY), Duration.ofHours(2)))
			.isInstanceOf(ScheduleRefusal.class).hasMessageContaining("cancelled");
		assertThatThrownBy(() -> appointment.cancel(true, null, DAY, START)).isInstanceOf(ScheduleRefusal.class);
	}
}
