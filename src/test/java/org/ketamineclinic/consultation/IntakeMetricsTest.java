package org.ketamineclinic.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Intake metrics on the real database: requests with known times in January 2025 (a period no other test writes
 * to) at a location of their own, so the shared database's other requests do not change what is asserted.
 */
@ClinicIntegrationTest
class IntakeMetricsTest {

	private static final String LOCATION = "metrics-test";

	private static final LocalDate FIRST_WEEK = LocalDate.of(2025, 1, 6);

	@Autowired
	IntakeReports reports;

	@Autowired
	IntakeClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	private ZoneId zone;

	@BeforeEach
	void requests() {
		// Against a kept database (CLINIC_TEST_DB_URL) the rows of an earlier run go first.
		jdbc.sql("delete from consultation_request where preferred_location = ?").param(LOCATION).update();
		// An unknown location is counted in the first clinic's hours: Seattle, Mon–Fri 8–18, Sat 9–14.
		assertThat(clock.clinicFor(LOCATION).slug()).isEqualTo("seattle");
		zone = clock.zone(LOCATION);

		// Week of Jan 6: 20, 40, 90 and 60 minutes, one not contacted at all; spam and held requests not counted.
		insert("2025-01-07T10:00", "2025-01-07T10:20", "CONTACTED", false);
		insert("2025-01-07T11:00", "2025-01-07T11:40", "CONSULT_SCHEDULED", false);
		insert("2025-01-07T12:00", "2025-01-07T13:30", "ENROLLED", false);
		insert("2025-01-09T10:00", "2025-01-09T11:00", "NOT_A_CANDIDATE", false);
		insert("2025-01-09T14:00", null, "NEW", false);
		insert("2025-01-07T10:00", null, "SPAM", false);
		insert("2025-01-08T10:00", null, "NEW", true);
		// Week of Jan 13: sent half an hour before closing, contacted 45 minutes after opening: 75 minutes of
		// opening hours (15 h 15 min on the wall clock); and 10 minutes.
		insert("2025-01-14T17:30", "2025-01-15T08:45", "CONTACTED", false);
		insert("2025-01-15T09:00", "2025-01-15T09:10", "ENROLLED", false);
		// Week of Jan 20: nothing. Week of Jan 27: a duplicate late on Sunday (Monday in UTC), closed without a call.
		insert("2025-02-02T23:30", null, "DUPLICATE", false);
		// Just outside the period on either side, in the clinic's zone.
		insert("2025-01-05T23:00", "2025-01-06T08:05", "CONTACTED", false);
		insert("2025-02-03T00:30", null, "NEW", false);
	}

	@Test
	void weeklyMediansAndPercentilesAreCountedInOpeningHours() {
		IntakeMetricsView view = reports.intakeMetrics(FIRST_WEEK, 4);

		assertThat(view.firstDay()).isEqualTo(FIRST_WEEK);
		assertThat(view.lastDay()).isEqualTo(LocalDate.of(2025, 2, 2));
		assertThat(view.target()).isEqualTo(Duration.ofHours(1));
		LocationResponses mine = view.locations().stream().filter(l -> l.slug().equals(LOCATION)).findFirst()
			.orElseThrow();
		assertThat(mine.weeks()).extracting(WeeklyResponse::weekStart)
			.containsExactly(FIRST_WEEK, FIRST_WEEK.plusWeeks(1), FIRST_WEEK.plusWeeks(2), FIRST_WEEK.plusWeeks(3));
		assertThat(mine.weeks().get(0).isoWeek()).isEqualTo("2025-W02");

		// 20, 40, 60, 90: the median halfway between 40 and 60; the 90th percentile 70% of the way from 60 to 90.
		assertThat(mine.weeks().get(0).figures())
			.isEqualTo(new ResponseFigures(5, 4, 3, 5, 1, minutes(50), minutes(81)));
		assertThat(mine.weeks().get(0).figures().withinTargetPercent()).isEqualTo(60);
		// 10, 75.
		assertThat(mine.weeks().get(1).figures())
			.isEqualTo(new ResponseFigures(2, 2, 1, 2, 0, Duration.ofSeconds(42 * 60 + 30),
					Duration.ofSeconds(68 * 60 + 30)));
		assertThat(mine.weeks().get(2).figures()).isEqualTo(new ResponseFigures(0, 0, 0, 0, 0, null, null));
		assertThat(mine.weeks().get(2).figures().withinTargetPercent()).isNull();
		// The duplicate counts as a request, but nobody waits for a call on it.
		assertThat(mine.weeks().get(3).figures()).isEqualTo(new ResponseFigures(1, 0, 0, 0, 0, null, null));

		// The period: 10, 20, 40, 60, 75, 90.
		assertThat(mine.period()).isEqualTo(new ResponseFigures(8, 6, 4, 7, 1, minutes(50),
				Duration.ofSeconds(82 * 60 + 30)));
		assertThat(mine.period().withinTargetPercent()).isEqualTo(57);
		assertThat(mine.period().medianText()).isEqualTo("50 min");
		assertThat(mine.period().p90Text()).isEqualTo("1 h 22 min");

		// Every clinic and online visits are listed, even in a period without requests of theirs.
		assertThat(view.locations()).extracting(LocationResponses::slug).contains("seattle", "virtual");
		assertThat(view.locations()).filteredOn(l -> l.slug().equals("virtual"))
			.extracting(LocationResponses::name).containsExactly("Online (telehealth)");
	}

	@Test
	void theFunnelCountsEveryStepARequestReached() {
		Funnel funnel = reports.intakeMetrics(FIRST_WEEK, 4).funnel();

		// Eight requests; six contacted; one scheduled and two enrolled (who were scheduled too).
		assertThat(funnel).isEqualTo(new Funnel(8, 6, 3, 2));
		assertThat(funnel.percentOfRequests(funnel.contacted())).isEqualTo(75);
		assertThat(funnel.percentOfRequests(funnel.enrolled())).isEqualTo(25);
	}

	@Test
	void theScreensPeriodIsKeptBetweenFourAndFiftyTwoWeeks() {
		assertThat(reports.intakeMetrics(1).weeks()).isEqualTo(4);
		assertThat(reports.intakeMetrics(500).weeks()).isEqualTo(52);
		IntakeMetricsView twelve = reports.intakeMetrics(12);
		assertThat(twelve.weeks()).isEqualTo(12);
		assertThat(twelve.lastDay()).isEqualTo(twelve.firstDay().plusWeeks(12).minusDays(1));
		assertThat(twelve.lastDay()).isAfterOrEqualTo(LocalDate.ofInstant(clock.now(), clock.zone("")));
	}

	@Test
	void aManagerSeesTablesAndAChartOfFiguresOnlyAndNothingIsAudited() throws Exception {
		var manager = new StaffFixtures(context).create("Morgan Metrics", StaffRole.MANAGER);
		// One request of this week, closed, so that it stays out of every working inbox.
		Instant received = clock.now().minus(Duration.ofMinutes(30));
		long id = insert(received, received.plus(Duration.ofMinutes(5)), "ENROLLED", false);
		try {
			long audited = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
			String html = mvc.perform(get("/staff/metrics/intake").param("weeks", "4")
					.with(StaffFixtures.signedIn(manager)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			Document page = Jsoup.parse(html);

			assertThat(page.select("h1").text()).isEqualTo("Intake metrics");
			assertThat(page.select("select#weeks option[selected]").attr("value")).isEqualTo("4");
			assertThat(page.select("nav.staff-nav a[aria-current=page]").text()).isEqualTo("Intake metrics");
			assertThat(page.select("table caption").eachText()).contains("By location, whole period",
					"metrics-test: requests and time to first contact by week");
			assertThat(page.select("table th[scope=row]").eachText()).contains("metrics-test", "Enrolled");
			assertThat(page.select("canvas#intake-metrics-chart").attr("role")).isEqualTo("img");
			assertThat(page.select("canvas#intake-metrics-chart").attr("aria-label")).contains("for metrics-test");
			String data = page.select("script#intake-metrics-data[type=application/json]").html();
			assertThat(data).contains("\"name\":\"metrics-test\"", "\"targetMinutes\":60");
			assertThat(page.select("script[src]").eachAttr("src")).anyMatch(s -> s.startsWith("/webjars/chart.js/"))
				.anyMatch(s -> s.startsWith("/js/intake-metrics"));
			// Figures only: nobody's name, phone number or e-mail address.
			assertThat(html).doesNotContain("Metrics Test", "metrics@example.org", "555-0199", "555 0199");
			assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(audited);

			for (String src : page.select("script[src]").eachAttr("src")) {
				mvc.perform(get(src)).andExpect(status().isOk());
			}
		}
		finally {
			jdbc.sql("delete from consultation_request where id = ?").param(id).update();
		}
	}

	// The percentile on its own: no database needed.

	@Test
	void percentilesInterpolateBetweenTheNearestRanks() {
		var values = List.of(minutes(90), minutes(20), minutes(60), minutes(40));
		assertThat(IntakeMetrics.percentile(values, 0.5)).isEqualTo(minutes(50));
		assertThat(IntakeMetrics.percentile(values, 0.9)).isEqualTo(minutes(81));
		assertThat(IntakeMetrics.percentile(values, 0.0)).isEqualTo(minutes(20));
		assertThat(IntakeMetrics.percentile(values, 1.0)).isEqualTo(minutes(90));
		assertThat(IntakeMetrics.percentile(List.of(minutes(10), minutes(20), minutes(30)), 0.5))
			.isEqualTo(minutes(20));
		assertThat(IntakeMetrics.percentile(List.of(minutes(7)), 0.9)).isEqualTo(minutes(7));
		assertThat(IntakeMetrics.percentile(List.of(), 0.5)).isNull();
		assertThatThrownBy(() -> IntakeMetrics.percentile(values, 90)).isInstanceOf(IllegalArgumentException.class);
	}

	private static Duration minutes(long minutes) {
		return Duration.ofMinutes(minutes);
	}

	private void insert(String received, String firstContact, String status, boolean needsReview) {
		insert(LocalDateTime.parse(received).atZone(zone).toInstant(),
				firstContact == null ? null : LocalDateTime.parse(firstContact).atZone(zone).toInstant(), status,
				needsReview);
	}

	private long insert(Instant at, Instant contacted, String status, boolean needsReview) {
		String unique = UUID.randomUUID().toString().replace("-", "");
		return jdbc.sql("""
				insert into consultation_request (reference_code, submission_key, fingerprint, status, first_name,
				    last_name, phone_e164, email, preferred_location, program_interest, contact_method, best_time,
				    sms_consent, needs_review, review_reasons, rate_limited, client_ip_hash, received_at,
				    first_contacted_at, contact_attempts, status_changed_at)
				values (:reference, cast(:key as uuid), :fingerprint, :status, 'Metrics', 'Test', '+12065550199',
				    'metrics@example.org', :location, 'ketamine-therapy', 'phone', 'anytime', false, :review, '',
				    false, :ip, :received, :contacted, :attempts, :received)
				returning id
				""")
			.param("reference", "MT-" + unique.substring(0, 12).toUpperCase())
			.param("key", UUID.randomUUID().toString())
			.param("fingerprint", unique + unique)
			.param("status", status)
			.param("location", LOCATION)
			.param("review", needsReview)
			.param("ip", unique + unique)
			.param("received", Timestamp.from(at))
			.param("contacted", contacted == null ? null : Timestamp.from(contacted))
			.param("attempts", contacted == null ? 0 : 1)
			.query(Long.class)
			.single();
	}
}
