package org.ketamineclinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh demonstration platform, as {@code spring-boot:run} starts one: a database of its own (the shared test
 * database is never fresh) and the demonstration switched on. The intake inbox has fictional people and the
 * calendars have their appointments, made through the modules' own paths; the next start adds nothing.
 */
class DemoDataTest {

	private static EmbeddedPostgres postgres;

	private static ConfigurableApplicationContext app;

	private static JdbcClient jdbc;

	@BeforeAll
	static void freshPlatform() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		// Command-line arguments, so that they win over the test profile, which turns the demonstration off.
		app = new SpringApplicationBuilder(ClinicApplication.class).run("--server.port=0",
				"--clinic.db.url=" + postgres.getJdbcUrl("postgres", "postgres"), "--clinic.db.user=postgres",
				"--clinic.consultation.demo-requests=true", "--clinic.scheduling.demo-roster=true",
				"--clinic.outcomes.demo.enabled=false");
		jdbc = app.getBean(JdbcClient.class);
	}

	@AfterAll
	static void stop() throws IOException {
		if (app != null) {
			app.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void theInboxHasADozenFictionalPeopleFromTheLastTenDaysAtTheThreeClinics() throws Exception {
		record Request(String location, String phone, String email, boolean needsReview, Timestamp receivedAt,
				boolean smsConsent) {
		}
		List<Request> requests = jdbc.sql("""
				select preferred_location, phone_e164, email, needs_review, received_at, sms_consent
				from consultation_request""")
			.query((rs, n) -> new Request(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getTimestamp(5), rs.getBoolean(6)))
			.list();

		assertThat(requests).hasSize(12);
		assertThat(requests).extracting(Request::location).containsOnly("seattle", "bellevue", "tacoma");
		assertThat(requests.stream().filter(r -> r.location().equals("tacoma"))).hasSize(4);
		// Not a real number among them, no mail that could be delivered, and nothing held as spam.
		assertThat(requests).allSatisfy(r -> {
			assertThat(r.phone()).matches("\\+1(206|253|425)55501\\d\\d");
			assertThat(r.email()).endsWith("@demo.invalid");
			assertThat(r.needsReview()).isFalse();
			assertThat(r.receivedAt().toInstant()).isBetween(Instant.now().minus(Duration.ofDays(10)), Instant.now());
		});
		long consenting = requests.stream().filter(Request::smsConsent).count();
		assertThat(consenting).isBetween(1L, 11L);
		assertThat(jdbc.sql("select count(*) from sms_consent_evidence").query(Long.class).single())
			.isEqualTo(consenting);

		app.getBean("demoRequests", ApplicationRunner.class).run(null);
		assertThat(jdbc.sql("select count(*) from consultation_request").query(Long.class).single()).isEqualTo(12);
	}

	@Test
	void someOfThemHaveAConsultationOrAnInfusionSeriesAheadWithoutDoubleBookingAndAreTold() throws Exception {
		Map<String, Long> byType = jdbc.sql("""
				select type, count(*) from appointment a join consultation_request r on r.id = a.consultation_request
				where r.email like '%@demo.invalid' and a.status = 'BOOKED' and a.starts_at > now() group by type""")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(byType).containsExactlyInAnyOrderEntriesOf(Map.of("CONSULTATION", 4L, "INFUSION", 12L));
		assertThat(jdbc.sql("select count(*) from infusion_series where infusions = 6").query(Long.class).single())
			.isEqualTo(2);
		// The requests moved on as a coordinator's bookings move them.
		assertThat(jdbc.sql("select status from consultation_request").query(String.class).list())
			.filteredOn("ENROLLED"::equals).hasSize(2);
		assertThat(jdbc.sql("select status from consultation_request").query(String.class).list())
			.filteredOn("CONSULT_SCHEDULED"::equals).hasSize(4);
		// No chair, room, colleague or person held twice at once.
		assertThat(jdbc.sql("""
				select count(*) from resource_booking a join resource_booking b
				on a.resource = b.resource and a.appointment_id < b.appointment_id and a.during && b.during""")
			.query(Long.class).single()).isZero();
		// One confirmation e-mail per booking (a series is one), each to a fictional address.
		assertThat(jdbc.sql("select recipient from outbound_message where message_key like 'appointment-email-booked:%'")
			.query(String.class).list()).hasSize(6).allSatisfy(to -> assertThat(to).endsWith("@demo.invalid"));

		app.getBean("demoAppointments", ApplicationRunner.class).run(null);
		assertThat(jdbc.sql("select count(*) from appointment").query(Long.class).single()).isEqualTo(16);
	}
}
