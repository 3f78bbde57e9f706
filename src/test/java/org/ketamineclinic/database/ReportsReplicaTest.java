package org.ketamineclinic.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.ketamineclinic.staff.StaffFixtures.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.consultation.IntakeMetricsView;
import org.ketamineclinic.consultation.IntakeReports;
import org.ketamineclinic.consultation.LocationResponses;
import org.ketamineclinic.outcomes.OutcomeAnalytics;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reports pointed at a read replica ({@code clinic.db.reports.url}), for real: a second database on the test
 * server with the same schema and different rows. The managers' reports show the replica's rows; everything the app
 * writes (staff accounts, the export's audit record) goes to the primary; a replica that does not answer leaves the
 * instance ready and the manager with a clear message. Its own context, closed after it.
 */
@ClinicIntegrationTest
@DirtiesContext
class ReportsReplicaTest {

	private static final Instant NOW = Instant.parse("2026-06-03T18:00:00Z");

	@DynamicPropertySource
	static void replica(DynamicPropertyRegistry registry) {
		registry.add("clinic.db.reports.url", StandInReplica::url);
		// Short, so that the failures below are quick to provoke.
		registry.add("clinic.db.reports.connection-timeout", () -> "1s");
		registry.add("clinic.db.reports.statement-timeout", () -> "2s");
	}

	@AfterAll
	static void releaseTheServer() {
		StandInReplica.release();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient primary;

	@Autowired
	ReportsDatabase reports;

	@Autowired
	OutcomeAnalytics analytics;

	@Autowired
	IntakeReports intake;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	JdbcClient replica;

	StaffFixtures.Staffer manager;

	@BeforeEach
	void twoDatabasesThatDisagree() {
		clock.set(NOW);
		manager = new StaffFixtures(context).create("Rita Reports", StaffRole.MANAGER);
		replica = StandInReplica.writer();
		primary.sql("delete from outcome_course").update();
		replica.sql("delete from outcome_course").update();
		// The primary: two courses at one clinic; the replica: three at another.
		course(primary, 9_100_001, "primary-clinic", 20, 8);
		course(primary, 9_100_002, "primary-clinic", 16, 15);
		course(replica, 9_100_101, "replica-clinic", 20, 8);
		course(replica, 9_100_102, "replica-clinic", 18, 4);
		course(replica, 9_100_103, "replica-clinic", 12, 11);
	}

	@Test
	void theReportsConnectionIsTheReplicasAndReadOnly() {
		assertThat(reports.replica()).isTrue();
		String database = reports.read(db -> db.sql("select current_database()").query(String.class).single());
		assertThat(database).isEqualTo(StandInReplica.DATABASE);
		assertThat(primary.sql("select current_database()").query(String.class).single())
			.isNotEqualTo(StandInReplica.DATABASE);
		assertThatThrownBy(() -> reports.read(db -> db.sql("delete from outcome_course").update()))
			.hasMessageContaining("read-only transaction");
		assertThat(replica.sql("select count(*) from outcome_course").query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void theOutcomesDashboardAndExportReadTheReplicaWhileTheAuditRecordGoesToThePrimary() throws Exception {
		assertThat(analytics.dashboard().overall().started()).isEqualTo(3);
		// The public site's figure stays with the primary (OutcomeAnalytics says why).
		assertThat(analytics.overall().started()).isEqualTo(2);

		String page = mvc.perform(get("/staff/outcomes").with(signedIn(manager)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("3 patients started a series").contains("replica-clinic")
			.doesNotContain("primary-clinic");

		int auditedBefore = exports(primary);
		String csv = mvc.perform(get("/staff/outcomes/courses.csv").param("deidentified", "true")
			.with(signedIn(manager))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String[] rows = Arrays.copyOfRange(csv.split("\r\n"), 1, csv.split("\r\n").length);
		assertThat(rows).hasSize(3).allMatch(row -> row.contains(",replica-clinic,"));
		assertThat(exports(primary)).isEqualTo(auditedBefore + 1);
		assertThat(exports(replica)).isZero();
	}

	@Test
	void theIntakeMetricsReadTheReplica() {
		request(replica, "replica-desk", NOW.minus(Duration.ofHours(30)), Duration.ofMinutes(20));
		request(replica, "replica-desk", NOW.minus(Duration.ofHours(28)), Duration.ofMinutes(40));
		request(primary, "primary-desk", NOW.minus(Duration.ofHours(30)), Duration.ofMinutes(5));
		try {
			IntakeMetricsView metrics = intake.intakeMetrics(4);

			assertThat(metrics.locations()).extracting(LocationResponses::slug).contains("replica-desk")
				.doesNotContain("primary-desk");
			assertThat(metrics.locations()).filteredOn(l -> l.slug().equals("replica-desk")).singleElement()
				.satisfies(desk -> assertThat(desk.period().contacted()).isEqualTo(2));
		}
		finally {
			primary.sql("delete from consultation_request where preferred_location = 'primary-desk'").update();
		}
	}

	@Test
	void aRunawayReportIsStoppedByTheStatementTimeout() {
		long started = System.nanoTime();
		assertThatThrownBy(() -> reports.read(db -> db.sql("select pg_sleep(30)").query().singleRow()))
			.isInstanceOfSatisfying(ReportsUnavailable.class, failed -> assertThat(failed.tooSlow()).isTrue());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
	}

	@Test
	void aReplicaThatDoesNotAnswerLeavesTheInstanceReadyAndTellsTheManager() throws Exception {
		// The replica goes away: it takes no new connection, and the ones the pool holds are ended.
		primary.sql("alter database " + StandInReplica.DATABASE + " with allow_connections false").update();
		primary.sql("select pg_terminate_backend(pid) from pg_stat_activity where datname = ?")
			.param(StandInReplica.DATABASE).query().listOfRows();
		try {
			mvc.perform(get("/readyz")).andExpect(status().isOk());
			for (String report : new String[] { "/staff/outcomes", "/staff/outcomes/courses.csv?deidentified=true",
					"/staff/metrics/intake?weeks=8" }) {
				var response = mvc.perform(get(report).with(signedIn(manager)))
					.andExpect(status().isServiceUnavailable()).andReturn().getResponse();
				assertThat(response.getContentType()).as(report).startsWith("text/html");
				assertThat(response.getHeader("Content-Disposition")).as(report).isNull();
				assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(report)
					.contains("This report can't be shown just now")
					.contains("the read replica").contains("Everything else in the workspace works as usual")
					.contains("href=\"" + report.replace("&", "&amp;") + "\"");
			}
			// The rest of the workspace is the primary's, and works.
			mvc.perform(get("/staff").with(signedIn(manager))).andExpect(status().isOk());
		}
		finally {
			primary.sql("alter database " + StandInReplica.DATABASE + " with allow_connections true").update();
		}
		// Back without a restart, once the pool's next attempt to connect comes round.
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/staff/outcomes")
			.with(signedIn(manager))).andExpect(status().isOk()));
	}

	private static void course(JdbcClient database, long patient, String clinic, int baseline, int end) {
		Instant first = NOW.minus(Duration.ofDays(100));
		database.sql("""
				insert into outcome_course (patient_id, order_id, location, program, mg_per_kg, planned_infusions,
				    infusions_given, first_infusion_at, last_infusion_at, baseline_score, end_score, last_measured_day)
				values (?, ?, ?, 'SERIES', 0.5, 6, 6, ?, ?, ?, ?, 20)""")
			.params(patient, patient, clinic, Timestamp.from(first), Timestamp.from(first.plus(Duration.ofDays(11))),
					baseline, end)
			.update();
	}

	private static void request(JdbcClient database, String location, Instant received, Duration untilContact) {
		String unique = UUID.randomUUID().toString().replace("-", "");
		database.sql("""
				insert into consultation_request (reference_code, submission_key, fingerprint, status, first_name,
				    last_name, phone_e164, email, preferred_location, program_interest, contact_method, best_time,
				    sms_consent, needs_review, review_reasons, rate_limited, client_ip_hash, received_at,
				    first_contacted_at, contact_attempts, status_changed_at)
				values (?, cast(? as uuid), ?, 'CONTACTED', 'Replica', 'Test', '+12065550198', 'replica@example.org',
				    ?, 'ketamine-therapy', 'phone', 'anytime', false, false, '', false, ?, ?, ?, 1, ?)""")
			.params("RT-" + unique.substring(0, 12).toUpperCase(), UUID.randomUUID().toString(), unique + unique,
					location, unique + unique, Timestamp.from(received), Timestamp.from(received.plus(untilContact)),
					Timestamp.from(received))
			.update();
	}

	private static int exports(JdbcClient database) {
		return database.sql("select count(*) from audit_event where action = 'EXPORT' and subject_type = 'outcomes'")
			.query(Integer.class).single();
	}
}
