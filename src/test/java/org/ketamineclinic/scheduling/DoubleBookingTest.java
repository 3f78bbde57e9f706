package org.ketamineclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicApplication;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Double booking is impossible, not just unlikely: two instances of the application on one database, 50 attempts at
 * once for the same chair and time, and exactly one gets it.
 */
@SpringBootTest
class DoubleBookingTest {

	/** Wednesday, December 16, 2026, 10:00 in Seattle: ahead of the real clock these tests run on. */
	static final Instant WEDNESDAY_10 = Instant.parse("2026-12-16T18:00:00Z");

	static final int ATTEMPTS = 50;

	static ConfigurableApplicationContext second;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	SchedulingFixtures fixtures;

	String clinic;

	@BeforeEach
	void aClinicWithOneChairAndOneNurse() {
		if (second == null) {
			second = new SpringApplicationBuilder(ClinicApplication.class).properties("server.port=0").run();
		}
		fixtures = new SchedulingFixtures(context);
		clinic = fixtures.clinic(1, 0);
		fixtures.onShift(clinic, StaffRole.NURSE, "Solo Nurse");
		await().atMost(Duration.ofSeconds(5)).until(() -> second.getBean(Locations.class).bySlug(clinic).isPresent());
	}

	@AfterEach
	void removeTheClinic() {
		fixtures.remove(clinic);
	}

	@AfterAll
	static void stopTheSecondInstance() {
		if (second != null) {
			second.close();
		}
	}

	@Test
	void fiftyPeopleBookingTheOnlyChairAtOnceFromTwoInstancesGiveExactlyOneBooking() throws Exception {
		List<Long> people = new ArrayList<>();
		for (int i = 0; i < ATTEMPTS; i++) {
			people.add(fixtures.request("Person", "Number" + i, String.format("+1253555%04d", i), clinic));
		}
		List<SchedulingManagement> instances = List.of(context.getBean(SchedulingManagement.class),
				second.getBean(SchedulingManagement.class));

		List<Boolean> outcomes = all(ATTEMPTS, i -> {
			try {
				instances.get(i % 2).book(people.get(i), AppointmentType.INFUSION, clinic, WEDNESDAY_10,
						org.ketamineclinic.scheduling.AppointmentMode.IN_PERSON);
				return true;
			}
			catch (SlotTaken taken) {
				return false;
			}
		});

		assertThat(outcomes).filteredOn(booked -> booked).hasSize(1);
		assertThat(jdbc.sql("""
				select count(*) from appointment where location_slug = ? and status = 'BOOKED'""").param(clinic)
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theDatabaseItselfRefusesASecondHoldOnTheSameChairAndTime() throws Exception {
		long chair = jdbc.sql("select id from treatment_space where location_slug = ?").param(clinic)
			.query(Long.class).single();
		long person = fixtures.request("Raw", "Insert", "+12535559999", clinic);
		List<Long> appointments = new ArrayList<>();
		for (int i = 0; i < ATTEMPTS; i++) {
			appointments.add(jdbc.sql("""
					insert into appointment (type, location_slug, zone, starts_at, ends_at, mode, status,
					    consultation_request, booked_at, status_changed_at)
					values ('INFUSION', ?, 'America/Los_Angeles', ?, ?, 'IN_PERSON', 'BOOKED', ?, now(), now())
					returning id""")
				.params(clinic, Timestamp.from(WEDNESDAY_10), Timestamp.from(WEDNESDAY_10.plus(Duration.ofHours(2))),
						person)
				.query(Long.class).single());
		}
		List<JdbcClient> databases = List.of(jdbc, second.getBean(JdbcClient.class));

		List<Boolean> outcomes = all(ATTEMPTS, i -> {
			try {
				// Overlapping, not equal: 10:00–12:00 against 11:00–13:00 and so on.
				Instant from = WEDNESDAY_10.plus(Duration.ofMinutes(i % 3 * 30));
				databases.get(i % 2).sql("""
						insert into resource_booking (appointment_id, resource, during) values (?, ?, tstzrange(?, ?))""")
					.params(appointments.get(i), "chair:" + chair, Timestamp.from(from),
							Timestamp.from(from.plus(Duration.ofHours(2))))
					.update();
				return true;
			}
			catch (org.springframework.dao.DataIntegrityViolationException
					| org.springframework.dao.PessimisticLockingFailureException refused) {
				// Refused by the constraint, or chosen by PostgreSQL as the loser of a deadlock between two inserts.
				return false;
			}
		});

		assertThat(outcomes).filteredOn(held -> held).hasSize(1);
	}

	private static List<Boolean> all(int count, java.util.function.IntFunction<Boolean> attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Boolean>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				futures.add(pool.submit(() -> {
					start.await();
					return attempt.apply(n);
				}));
			}
			start.countDown();
			List<Boolean> outcomes = new ArrayList<>();
			for (Future<Boolean> future : futures) {
				outcomes.add(future.get(60, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
