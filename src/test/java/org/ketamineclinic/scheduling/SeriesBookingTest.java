package org.ketamineclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.messaging.SmsReceived;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Infusion series: planned to the protocol, booked all or nothing, kept in local time across daylight saving. */
@ClinicIntegrationTest
class SeriesBookingTest {

	static final ZoneId SEATTLE = ZoneId.of("America/Los_Angeles");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	SchedulingManagement scheduling;

	SchedulingFixtures fixtures;

	String clinic;

	StaffFixtures.Staffer coordinator;

	@BeforeEach
	void aClinicWithTwoChairsAndTwoNurses() {
		clock.set(Instant.parse("2026-12-07T17:00:00Z"));
		fixtures = new SchedulingFixtures(context);
		clinic = fixtures.clinic(2, 0);
		fixtures.onShift(clinic, StaffRole.NURSE, "Nell Nurse");
		fixtures.onShift(clinic, StaffRole.NURSE, "Nico Nurse");
		coordinator = fixtures.staff().create("Cam Coordinator", StaffRole.INTAKE);
	}

	@AfterEach
	void removeTheClinic() {
		fixtures.remove(clinic);
	}

	@Test
	void aCoordinatorBooksAProposedSeriesAndThePersonIsEnrolledConfirmedAndRemindedWithinTheCaps() throws Exception {
		long person = fixtures.request("Kai", "Series", "+12065550160", clinic);
		LocalDate monday = LocalDate.of(2026, 12, 7);
		var proposals = scheduling.proposeSeries(person, "mood", List.of(clinic), monday, Set.of(), TimeOfDay.ANY);
		assertThat(proposals).isNotEmpty();
		var chosen = proposals.get(0);

		var request = post("/staff/schedule/series").with(StaffFixtures.signedIn(coordinator)).with(csrf())
			.param("request", Long.toString(person)).param("program", "mood").param("location", clinic);
		for (Slot visit : chosen.visits()) {
			request.param("visit", visit.location() + "@" + visit.startsAt());
		}
		mvc.perform(request).andExpect(
				org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());

		List<Instant> starts = jdbc.sql("""
				select starts_at from appointment where consultation_request = ? and type = 'INFUSION' order by starts_at""")
			.param(person).query(Timestamp.class).list().stream().map(Timestamp::toInstant).toList();
		assertThat(starts).containsExactlyElementsOf(chosen.visits().stream().map(Slot::startsAt).toList());
		assertThat(fixtures.status(person)).isEqualTo("ENROLLED");
		String confirmation = jdbc.sql("""
				select body from outbound_message where conversation = ? and message_key like 'appointment-booked:%'""")
			.param("consultation-request:" + person).query(String.class).single();
		assertThat(confirmation).contains("your 6 visits");
		List<Instant> reminders = jdbc.sql("""
				select r.send_at from appointment_reminder r join appointment a on a.id = r.appointment_id
				where a.consultation_request = ? order by r.send_at""")
			.param(person).query(Timestamp.class).list().stream().map(Timestamp::toInstant).toList();
		long remindable = starts.stream().filter(start -> start.isAfter(clock.instant().plus(Duration.ofHours(2))))
			.count();
		assertThat(jdbc.sql("""
				select count(distinct r.appointment_id) from appointment_reminder r
				join appointment a on a.id = r.appointment_id where a.consultation_request = ?""")
			.param(person).query(Long.class).single()).as("every visit still ahead gets a reminder")
			.isEqualTo(remindable);
		for (Instant reminder : reminders) {
			assertThat(reminders.stream().filter(r -> !r.isBefore(reminder)
					&& r.isBefore(reminder.plus(Duration.ofDays(7)))).count()).as("3 a week at most").isLessThanOrEqualTo(3);
			assertThat(reminders.stream().filter(r -> !r.isBefore(reminder)
					&& r.isBefore(reminder.plus(Duration.ofDays(1)))).count()).as("1 a day at most").isEqualTo(1);
		}
		String firstReminder = jdbc.sql("""
				select m.body from outbound_message m join appointment_reminder r on r.message_key = m.message_key
				join appointment a on a.id = r.appointment_id where a.consultation_request = ? order by r.send_at limit 1""")
			.param(person).query(String.class).single();
		assertThat(firstReminder).contains("No food for 6 h before", "Reply C to confirm, R to reschedule")
			.doesNotContain("ketamine", "infusion", "Series");
	}

	@Test
	void whenNothingFitsInTheComingWeeksTheSeriesIsFoundFurtherAhead() {
		long person = fixtures.request("Sky", "Later", "+12065550168", clinic);
		var spaces = context.getBean(org.ketamineclinic.location.ClinicSpaces.class);
		LocalDate monday = LocalDate.of(2026, 12, 7);
		for (int day = 0; day < 35; day++) {
			spaces.close(clinic, monday.plusDays(day), "Renovation");
		}

		var proposals = scheduling.proposeSeries(person, "mood", List.of(clinic), monday, Set.of(), TimeOfDay.ANY);

		assertThat(proposals).isNotEmpty();
		assertThat(proposals.get(0).firstDate()).isEqualTo(monday.plusDays(35));
	}

	@Test
	void aSeriesThatFitsOnlyAQuarterPastIsStillFound() {
		String early = fixtures.clinic(1, 0);
		try {
			long nurse = fixtures.staff().create("Quinn Quarter", StaffRole.NURSE).id();
			for (var day : SchedulingFixtures.WEEKDAYS) {
				context.getBean(Roster.class).add(nurse, StaffRole.NURSE, early, day, LocalTime.of(8, 15),
						LocalTime.of(10, 15));
			}
			long person = fixtures.request("Tay", "Quarter", "+12065550169", early);

			var proposals = scheduling.proposeSeries(person, "mood", List.of(early), LocalDate.of(2026, 12, 8),
					Set.of(), TimeOfDay.ANY);

			assertThat(proposals).isNotEmpty();
			assertThat(proposals.get(0).visits()).allMatch(visit -> visit.start().equals(LocalTime.of(8, 15)));
		}
		finally {
			fixtures.remove(early);
		}
	}

	@Test
	void aSeriesWithOneVisitTakenMeanwhileBooksNothing() {
		long person = fixtures.request("Lee", "Late", "+12065550161", clinic);
		long rival = fixtures.request("Max", "Rival", "+12065550162", clinic);
		long third = fixtures.request("Ned", "Third", "+12065550163", clinic);
		var proposal = scheduling.proposeSeries(person, "mood", List.of(clinic), LocalDate.of(2026, 12, 7), Set.of(),
				TimeOfDay.ANY).get(0);
		Slot fourth = proposal.visits().get(3);
		// Both chairs' nurses are taken at the fourth visit's time by two other people.
		scheduling.book(rival, AppointmentType.INFUSION, clinic, fourth.startsAt(), AppointmentMode.IN_PERSON);
		scheduling.book(third, AppointmentType.INFUSION, clinic, fourth.startsAt(), AppointmentMode.IN_PERSON);

		assertThatThrownBy(() -> scheduling.bookSeries(person, "mood", proposal.visits()))
			.isInstanceOf(SlotTaken.class);

		assertThat(jdbc.sql("select count(*) from appointment where consultation_request = ?").param(person)
			.query(Integer.class).single()).isZero();
		assertThat(fixtures.status(person)).isEqualTo("CONTACTED");
	}

	@Test
	void movingAVisitRechecksTheSeriesAndWarnsWhenTheProtocolBreaks() {
		long person = fixtures.request("Ona", "Move", "+12065550164", clinic);
		var proposal = scheduling.proposeSeries(person, "mood", List.of(clinic), LocalDate.of(2026, 12, 7), Set.of(),
				TimeOfDay.ANY).get(0);
		long series = scheduling.bookSeries(person, "mood", proposal.visits());
		var visits = jdbc.sql("select id, version from appointment where series_id = ? order by series_position")
			.param(series).query((rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) }).list();
		Instant first = proposal.visits().get(0).startsAt();
		Instant dayAfterFirst = first.plus(Duration.ofDays(1));

		List<String> broken = scheduling.move(visits.get(1)[0], (int) visits.get(1)[1], dayAfterFirst);

		assertThat(broken).anySatisfy(problem -> assertThat(problem).contains("consecutive days"));
		assertThat(jdbc.sql("select starts_at from appointment where id = ?").param(visits.get(1)[0])
			.query(Timestamp.class).single().toInstant()).isEqualTo(dayAfterFirst);
	}

	@Test
	void aCoordinatorIsWarnedBeforeAMoveBreaksTheProtocolAndMovesOnlyWhenTheyConfirm() throws Exception {
		long person = fixtures.request("Remy", "Warned", "+12065550167", clinic);
		var proposal = scheduling.proposeSeries(person, "mood", List.of(clinic), LocalDate.of(2026, 12, 7), Set.of(),
				TimeOfDay.ANY).get(0);
		long series = scheduling.bookSeries(person, "mood", proposal.visits());
		long second = jdbc.sql("select id from appointment where series_id = ? and series_position = 2")
			.param(series).query(Long.class).single();
		Instant dayAfterFirst = proposal.visits().get(0).startsAt().plus(Duration.ofDays(1));
		var nurse = fixtures.staff().create("Ira Intake", StaffRole.INTAKE);

		String warning = mvc.perform(post("/staff/schedule/appointments/" + second + "/move")
			.with(StaffFixtures.signedIn(nurse)).with(csrf()).param("version", "0")
			.param("slot", clinic + "@" + dayAfterFirst))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isConflict())
			.andReturn().getResponse().getContentAsString();
		assertThat(warning).contains("would break the series", "consecutive days", "Move it anyway");
		assertThat(jdbc.sql("select starts_at from appointment where id = ?").param(second).query(Timestamp.class)
			.single().toInstant()).isEqualTo(proposal.visits().get(1).startsAt());

		mvc.perform(post("/staff/schedule/appointments/" + second + "/move").with(StaffFixtures.signedIn(nurse))
			.with(csrf()).param("version", "0").param("slot", clinic + "@" + dayAfterFirst).param("anyway", "true"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
		assertThat(jdbc.sql("select starts_at from appointment where id = ?").param(second).query(Timestamp.class)
			.single().toInstant()).isEqualTo(dayAfterFirst);
	}

	@Test
	void aSeriesAcrossTheEndOfDaylightSavingKeepsItsLocalTimeAndRemindsAtTheRightInstant() {
		// Daylight saving ends in the US on Sunday, November 1, 2026.
		clock.set(Instant.parse("2026-10-26T15:00:00Z"));
		long person = fixtures.request("Pat", "Clocks", "+12065550165", clinic);
		var proposals = scheduling.proposeSeries(person, "mood", List.of(clinic), LocalDate.of(2026, 10, 27),
				Set.of(), TimeOfDay.AFTERNOON);
		var sameTime = proposals.stream().filter(p -> p.distinctTimes() == 1).findFirst().orElseThrow();
		assertThat(sameTime.visits()).anyMatch(v -> v.date().isBefore(LocalDate.of(2026, 11, 1)))
			.anyMatch(v -> v.date().isAfter(LocalDate.of(2026, 11, 1)));

		long series = scheduling.bookSeries(person, "mood", sameTime.visits());

		var booked = jdbc.sql("select id, starts_at from appointment where series_id = ? order by starts_at")
			.param(series).query((rs, n) -> new Object[] { rs.getLong(1), rs.getTimestamp(2).toInstant() }).list();
		LocalTime local = ((Instant) booked.get(0)[1]).atZone(SEATTLE).toLocalTime();
		for (Object[] row : booked) {
			Instant start = (Instant) row[1];
			assertThat(start.atZone(SEATTLE).toLocalTime()).isEqualTo(local);
			int offsetHours = start.atZone(SEATTLE).getOffset().getTotalSeconds() / 3600;
			assertThat(offsetHours).isEqualTo(start.isBefore(Instant.parse("2026-11-01T09:00:00Z")) ? -7 : -8);
			List<Instant> reminders = jdbc.sql("select send_at from appointment_reminder where appointment_id = ?")
				.param(row[0]).query(Timestamp.class).list().stream().map(Timestamp::toInstant).toList();
			assertThat(reminders).allSatisfy(at -> assertThat(Duration.between(at, start))
				.isIn(Duration.ofHours(48), Duration.ofHours(2)));
		}
	}

	@Test
	void replyingCConfirmsTheNextVisitAndRAsksACoordinatorToReschedule() {
		long person = fixtures.request("Quinn", "Reply", "+12065550166", clinic);
		Instant wednesday = Instant.parse("2026-12-09T18:00:00Z");
		long id = scheduling.book(person, AppointmentType.INFUSION, clinic, wednesday, AppointmentMode.IN_PERSON);

		textFrom("+12065550166", " c ");
		assertThat(jdbc.sql("select confirmed_at is not null from appointment where id = ?").param(id)
			.query(Boolean.class).single()).isTrue();

		textFrom("+12065550166", "R");
		assertThat(jdbc.sql("select count(*) from scheduling_task where appointment_id = ? and done_at is null")
			.param(id).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from outbound_message where message_key like 'reminder-reply:%' and "
				+ "recipient = '+12065550166'").query(Integer.class).single()).isEqualTo(2);
	}

	private void textFrom(String phone, String body) {
		new TransactionTemplate(context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
			.executeWithoutResult(status -> {
				long inbound = jdbc.sql("""
						insert into inbound_message (provider_id, from_e164, to_e164, body, received_at)
						values (?, ?, '+12065550100', ?, now()) returning id""")
					.params("SM" + java.util.UUID.randomUUID().toString().replace("-", ""), phone, body)
					.query(Long.class).single();
				context.publishEvent(new SmsReceived(inbound));
			});
	}
}
