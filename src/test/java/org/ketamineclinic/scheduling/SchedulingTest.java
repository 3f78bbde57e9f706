package org.ketamineclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
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
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** How coordinators book, move and cancel, and what the person and the clinic's records get from it. */
@ClinicIntegrationTest
class SchedulingTest {

	static final ZoneId SEATTLE = ZoneId.of("America/Los_Angeles");

	/** Monday, December 7, 2026, 9:00 in Seattle. */
	static final Instant MONDAY_9 = Instant.parse("2026-12-07T17:00:00Z");

	/** Wednesday, December 9, 2026, 10:00 in Seattle. */
	static final Instant WEDNESDAY_10 = Instant.parse("2026-12-09T18:00:00Z");

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
	void aClinicWithTwoChairs() {
		clock.set(MONDAY_9);
		fixtures = new SchedulingFixtures(context);
		clinic = fixtures.clinic(2, 0);
		coordinator = fixtures.staff().create("Casey Coordinator", StaffRole.INTAKE);
		for (DayOfWeek day : SchedulingFixtures.WEEKDAYS) {
			context.getBean(Roster.class).add(coordinator.id(), StaffRole.INTAKE, clinic, day, LocalTime.of(8, 0),
					LocalTime.of(17, 0));
		}
	}

	@AfterEach
	void removeTheClinic() {
		fixtures.remove(clinic);
	}

	@Test
	void aCoordinatorBooksTheFreeConsultationAndThePersonIsConfirmedAndReminded() throws Exception {
		long person = fixtures.request("Jordan", "Rivera", "+12065550142", clinic);

		mvc.perform(post("/staff/schedule/book").with(StaffFixtures.signedIn(coordinator)).with(csrf())
			.param("request", Long.toString(person)).param("type", "CONSULTATION").param("mode", "PHONE")
			.param("location", clinic).param("slot", clinic + "@" + WEDNESDAY_10))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());

		long appointment = onlyAppointmentOf(person);
		assertThat(fixtures.status(person)).isEqualTo("CONSULT_SCHEDULED");
		String text = body("appointment-booked:" + appointment);
		assertThat(text).contains("free consultation call", "Wed, Dec 9, 10:00 AM").doesNotContain("Rivera");
		String attachment = jdbc.sql("select attachment from outbound_message where message_key = ?")
			.param("appointment-email-booked:" + appointment).query(String.class).single();
		assertThat(attachment).contains("BEGIN:VCALENDAR", "DTSTART:20261209T180000Z", "DTEND:20261209T183000Z");
		assertThat(reminderTimes(appointment)).containsExactly(WEDNESDAY_10.minus(Duration.ofHours(48)),
				WEDNESDAY_10.minus(Duration.ofHours(2)));
		assertThat(jdbc.sql("""
				select count(*) from outbound_message m join appointment_reminder r on r.message_key = m.message_key
				where r.appointment_id = ? and m.purpose = 'REMINDER' and m.expires_at = ? and m.status = 'QUEUED'""")
			.params(appointment, java.sql.Timestamp.from(WEDNESDAY_10)).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aTimeTakenMeanwhileIsRefusedAsJustTakenWithTheNearestAlternatives() throws Exception {
		long first = fixtures.request("Avery", "First", "+12065550143", clinic);
		long second = fixtures.request("Blake", "Second", "+12065550144", clinic);
		scheduling.book(first, AppointmentType.CONSULTATION, clinic, WEDNESDAY_10, AppointmentMode.PHONE);

		String page = mvc.perform(post("/staff/schedule/book").with(StaffFixtures.signedIn(coordinator)).with(csrf())
			.param("request", Long.toString(second)).param("type", "CONSULTATION").param("mode", "PHONE")
			.param("location", clinic).param("slot", clinic + "@" + WEDNESDAY_10))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isConflict())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("That time was just taken").contains(clinic + "@2026-12-09T18:30:00Z");
		assertThat(jdbc.sql("select count(*) from appointment where consultation_request = ?").param(second)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aClosedRequestGetsNoConsultationButAClearRefusal() throws Exception {
		long person = fixtures.request("Kim", "Closed", "+12065550153", clinic);
		jdbc.sql("update consultation_request set status = 'NOT_A_CANDIDATE' where id = ?").param(person).update();

		String page = mvc.perform(post("/staff/schedule/book").with(StaffFixtures.signedIn(coordinator)).with(csrf())
			.param("request", Long.toString(person)).param("type", "CONSULTATION").param("mode", "PHONE")
			.param("location", clinic).param("slot", clinic + "@" + WEDNESDAY_10))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
				.isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("This request is not a candidate");
		assertThat(jdbc.sql("select count(*) from appointment where consultation_request = ?").param(person)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void anInfusionSeriesIsPlannedFromTheDayAfterTheConsultation() {
		long person = fixtures.request("Lou", "Later", "+12065550154", clinic);
		scheduling.book(person, AppointmentType.CONSULTATION, clinic, WEDNESDAY_10, AppointmentMode.PHONE);

		assertThat(scheduling.earliestSeriesStart(person, LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2026, 12,
				10));
	}

	@Test
	void cancellingFreesTheTimeAndWithdrawsTheRemindersNotYetSent() {
		long person = fixtures.request("Casey", "Cancel", "+12065550145", clinic);
		long id = scheduling.book(person, AppointmentType.CONSULTATION, clinic, WEDNESDAY_10, AppointmentMode.PHONE);
		List<String> keys = jdbc.sql("select message_key from appointment_reminder where appointment_id = ?")
			.param(id).query(String.class).list();

		scheduling.cancel(id, version(id), true, "Found another clinic");

		assertThat(keys).hasSize(2).allSatisfy(key -> assertThat(jdbc.sql(
				"select status from outbound_message where message_key = ?").param(key).query(String.class).single())
			.isEqualTo("CANCELLED"));
		assertThat(jdbc.sql("select status from appointment where id = ?").param(id).query(String.class).single())
			.isEqualTo("CANCELLED");
		assertThat(body("appointment-cancelled:" + id)).contains("is cancelled");
		long other = fixtures.request("Drew", "Next", "+12065550146", clinic);
		scheduling.book(other, AppointmentType.CONSULTATION, clinic, WEDNESDAY_10, AppointmentMode.PHONE);
	}

	@Test
	void aPersonCancellingOnTheDayIsALateCancellationAndAMissedVisitANoShow() {
		long person = fixtures.request("Eli", "Late", "+12065550147", clinic);
		long late = scheduling.book(person, AppointmentType.CONSULTATION, clinic, WEDNESDAY_10, AppointmentMode.PHONE);
		long missed = scheduling.book(person, AppointmentType.CONSULTATION, clinic,
				WEDNESDAY_10.plus(Duration.ofDays(1)), AppointmentMode.PHONE);

		clock.set(WEDNESDAY_10.minus(Duration.ofHours(3)));
		scheduling.cancel(late, version(late), true, null);
		assertThatThrownBy(() -> scheduling.noShow(missed, version(missed))).isInstanceOf(ScheduleRefusal.class);
		clock.set(WEDNESDAY_10.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(20)));
		scheduling.noShow(missed, version(missed));

		assertThat(statusOf(late)).isEqualTo("LATE_CANCELLED");
		assertThat(statusOf(missed)).isEqualTo("NO_SHOW");
		var attendance = context.getBean(org.ketamineclinic.consultation.IntakeReports.class).intakeMetrics(4)
			.attendance().stream().filter(a -> a.location().equals(clinic)).findFirst().orElseThrow();
		assertThat(attendance.due()).isEqualTo(2);
		assertThat(attendance.noShowPercent()).isEqualTo(50);
		assertThat(attendance.lateCancellationPercent()).isEqualTo(50);
	}

	@Test
	void aClosedDayAndADayWithoutStaffOfferNoTime() {
		LocalDate wednesday = LocalDate.of(2026, 12, 9);
		context.getBean(org.ketamineclinic.location.ClinicSpaces.class).close(clinic, wednesday, "Staff training");

		var free = scheduling.search(new SlotSearch(AppointmentType.CONSULTATION, List.of(clinic), wednesday,
				wednesday.plusDays(1), Set.of(), TimeOfDay.ANY, null));
		var infusions = scheduling.search(new SlotSearch(AppointmentType.INFUSION, List.of(clinic), wednesday,
				wednesday.plusDays(1), Set.of(), TimeOfDay.ANY, null));

		assertThat(free).isNotEmpty().allMatch(slot -> slot.date().equals(wednesday.plusDays(1)));
		assertThat(infusions).as("nobody monitors infusions: no nurse on shift").isEmpty();
	}

	@Test
	void oneNurseMonitorsOneInfusionAtATimeByDefault() {
		fixtures.onShift(clinic, StaffRole.NURSE, "Noor Nurse");
		long person = fixtures.request("Finn", "Infusion", "+12065550148", clinic);
		long other = fixtures.request("Gale", "Infusion", "+12065550149", clinic);
		LocalDate wednesday = LocalDate.of(2026, 12, 9);

		scheduling.book(person, AppointmentType.INFUSION, clinic, WEDNESDAY_10, AppointmentMode.IN_PERSON);
		var free = scheduling.search(new SlotSearch(AppointmentType.INFUSION, List.of(clinic), wednesday, wednesday,
				Set.of(), TimeOfDay.ANY, other));

		assertThat(free).noneMatch(slot -> slot.start().isBefore(WEDNESDAY_10.plus(Duration.ofHours(2)))
				&& slot.end().isAfter(WEDNESDAY_10));
		assertThat(free).anyMatch(slot -> slot.start().equals(WEDNESDAY_10.plus(Duration.ofHours(2))));
	}

	@Test
	void theClinicWeekShowsChairsAsColumnsAndRecordsWhoLooked() throws Exception {
		var nurse = fixtures.staff().create("Nia Nurse", StaffRole.NURSE);
		for (DayOfWeek day : SchedulingFixtures.WEEKDAYS) {
			context.getBean(Roster.class).add(nurse.id(), StaffRole.NURSE, clinic, day, LocalTime.of(8, 0),
					LocalTime.of(17, 0));
		}
		long person = fixtures.request("Harper", "Week", "+12065550150", clinic);
		long id = scheduling.book(person, AppointmentType.INFUSION, clinic, WEDNESDAY_10, AppointmentMode.IN_PERSON);

		String page = mvc.perform(get("/staff/schedule/clinics/" + clinic).param("date", "2026-12-09")
			.with(StaffFixtures.signedIn(nurse))).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Chair 1", "Chair 2", "Harper Week", "10:00 AM – 12:00 PM",
				"/staff/schedule/staff/" + nurse.id());
		assertThat(mvc.perform(get("/staff/schedule/staff/" + nurse.id()).param("date", "2026-12-09")
			.with(StaffFixtures.signedIn(coordinator))).andReturn().getResponse().getContentAsString())
			.contains("Nia Nurse: week of", "Harper Week", "Wed, Dec 9, 10:00 AM");
		assertThat(jdbc.sql("""
				select count(*) from audit_event where subject_type = 'appointment' and subject_id = ? and action = 'VIEW'
				  and actor = ?""").params(Long.toString(id), Long.toString(nurse.id())).query(Integer.class).single())
			.as("the nurse's look at the week").isEqualTo(1);
	}

	@Test
	void aStaffCalendarFeedShowsInitialsOnlyAndStopsWhenRevoked() throws Exception {
		long person = fixtures.request("Indigo", "Private", "+12065550151", clinic);
		scheduling.book(person, AppointmentType.CONSULTATION, clinic, WEDNESDAY_10, AppointmentMode.PHONE);
		var feeds = context.getBean(CalendarFeeds.class);
		String url = feeds.renew(coordinator.id());
		String path = url.substring(url.indexOf("/calendar/"));

		String feed = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		assertThat(feed).contains("BEGIN:VCALENDAR", "Appointment: I. P.", "DTSTART:20261209T180000Z")
			.doesNotContain("Indigo", "Private", "+1206");

		feeds.revoke(coordinator.id());
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aPersonPicksTheirOwnConsultationTimeThroughTheLinkOnce() throws Exception {
		long person = fixtures.request("Jules", "Self", "+12065550152", clinic);
		mvc.perform(post("/staff/schedule/book/link").with(StaffFixtures.signedIn(coordinator)).with(csrf())
			.param("request", Long.toString(person)));
		String sms = jdbc.sql("select body from outbound_message where message_key like 'booking-link:%' and "
				+ "recipient = '+12065550152'").query(String.class).single();
		String path = sms.substring(sms.indexOf("/book/"));

		String page = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Pick a time", clinic + "@" + WEDNESDAY_10).doesNotContain("Jules");
		mvc.perform(post(path).with(csrf()).param("slot", clinic + "@" + WEDNESDAY_10).param("mode", "VIDEO"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isSeeOther());

		assertThat(fixtures.status(person)).isEqualTo("CONSULT_SCHEDULED");
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
			.contains("is booked for Wed, Dec 9, 10:00 AM");
		assertThat(mvc.perform(post(path).with(csrf()).param("slot", clinic + "@" + WEDNESDAY_10.plusSeconds(3600)))
			.andReturn().getResponse().getStatus()).isEqualTo(409);
		assertThat(jdbc.sql("select count(*) from appointment where consultation_request = ?").param(person)
			.query(Integer.class).single()).isEqualTo(1);
	}

	long onlyAppointmentOf(long person) {
		return jdbc.sql("select id from appointment where consultation_request = ?").param(person).query(Long.class)
			.single();
	}

	String body(String key) {
		return jdbc.sql("select body from outbound_message where message_key = ?").param(key).query(String.class)
			.single();
	}

	List<Instant> reminderTimes(long appointment) {
		return jdbc.sql("select send_at from appointment_reminder where appointment_id = ? order by send_at")
			.param(appointment).query(java.sql.Timestamp.class).list().stream().map(java.sql.Timestamp::toInstant)
			.toList();
	}

	int version(long appointment) {
		return jdbc.sql("select version from appointment where id = ?").param(appointment).query(Integer.class)
			.single();
	}

	String statusOf(long appointment) {
		return jdbc.sql("select status from appointment where id = ?").param(appointment).query(String.class).single();
	}
}
