package org.ketamineclinic.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Response and remission on a dataset small enough to count by hand. Definitions as configured by default: response
 * is a PHQ-9 at least 50% below the baseline, remission a PHQ-9 below 5; the end of the series is day 21 ± 7 from the
 * first infusion, the follow-up 28 ± 7 days after the last.
 */
@ClinicIntegrationTest
class OutcomeAnalyticsTest {

	@Autowired
	OutcomeAnalytics analytics;

	@Autowired
	PublicClaims claims;

	@Autowired
	Courses courses;

	@Autowired
	Definition definition;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	OutcomeFixtures patients;

	@BeforeEach
	void aKnownClinic() {
		clock.set(Instant.parse("2026-06-01T17:00:00Z"));
		patients = new OutcomeFixtures(courses, definition, jdbc, clock.instant());
		// Responds by the end of the series (20 → 8: 60% lower) and remits four weeks later (4).
		patients.startedDaysAgo(100).phq9(-1, 20).infusions(0, 2, 4, 7, 9, 11).phq9(18, 8).phq9(39, 4);
		// 15 → 8 is 47% lower: not a response (a response is 7 or less).
		patients.startedDaysAgo(100).at("bellevue", "0.75").phq9(-1, 15).infusions(0, 2, 4, 7, 9, 11).phq9(20, 8);
		// 14 → 7 is exactly 50% lower: a response; never measured at follow-up.
		patients.startedDaysAgo(100).at("tacoma", "1.0").phq9(-1, 14).infusions(0, 2, 4, 7, 9, 11).phq9(22, 7);
		// Stopped after two infusions and was never measured again: counts as not better for everyone who started.
		patients.startedDaysAgo(100).phq9(-2, 10).infusions(0, 3);
		// No baseline before the first infusion: no rate can count them.
		patients.startedDaysAgo(100).infusions(0, 2, 4, 7, 9, 11).phq9(21, 3);
		// Started five days ago: the end of their series has not come yet.
		patients.startedDaysAgo(5).phq9(-1, 18).infusions(0, 2, 4);
	}

	@Test
	void everyoneWhoStartedCountsAndThoseNotMeasuredCountAsNotBetter() {
		Dashboard dashboard = analytics.dashboard();
		GroupOutcome.Rates end = dashboard.overall().endOfSeries().intentionToTreat();
		assertThat(end.response()).isEqualTo(new Rate(2, 4));
		assertThat(end.remission()).isEqualTo(new Rate(0, 4));
		GroupOutcome.Rates followUp = dashboard.overall().followUp().intentionToTreat();
		assertThat(followUp.response()).isEqualTo(new Rate(1, 4));
		assertThat(followUp.remission()).isEqualTo(new Rate(1, 4));
		assertThat(dashboard.overall().started()).isEqualTo(5);
		assertThat(dashboard.withoutBaseline()).isEqualTo(1);
	}

	@Test
	void completersAreThoseWhoHadEveryInfusionAndWereMeasured() {
		Dashboard dashboard = analytics.dashboard();
		assertThat(dashboard.overall().endOfSeries().completers().response()).isEqualTo(new Rate(2, 3));
		assertThat(dashboard.overall().followUp().completers().response()).isEqualTo(new Rate(1, 1));
		assertThat(dashboard.overall().followUp().completers().remission()).isEqualTo(new Rate(1, 1));
	}

	@Test
	void theBreakdownsAddUpToTheWhole() {
		Dashboard dashboard = analytics.dashboard();
		Dashboard.Breakdown byClinic = dashboard.breakdowns().get(0);
		assertThat(byClinic.title()).isEqualTo("By clinic");
		assertThat(byClinic.groups()).extracting(GroupOutcome::label).containsExactly("Bellevue", "Seattle",
				"Tacoma");
		assertThat(byClinic.groups()).extracting(g -> g.endOfSeries().intentionToTreat().response())
			.containsExactly(new Rate(0, 1), new Rate(1, 2), new Rate(1, 1));
		Dashboard.Breakdown bySeverity = dashboard.breakdowns().get(3);
		assertThat(bySeverity.groups()).extracting(GroupOutcome::label).containsExactly("Moderate (10–14)",
				"Moderately severe (15–19)", "Severe (20–27)");
		assertThat(bySeverity.groups()).extracting(GroupOutcome::started).containsExactly(2, 2, 1);
	}

	@Test
	void timeToResponseCountsTheFirstDayMeasuredBetter() {
		KaplanMeier curve = analytics.dashboard().timeToResponse();
		// Responded on day 18 and day 22; censored: day 20 (15 → 8), day 0 (never measured after), and day 3 (the
		// recent one, measured only before).
		assertThat(curve.patients()).isEqualTo(5);
		assertThat(curve.steps()).extracting(KaplanMeier.Step::day).containsExactly(0, 18, 20, 22);
		assertThat(curve.median()).isEqualTo(22);
	}

	@Test
	void theChangeByTheEndOfTheSeriesIsBinnedInQuartersOfTheBaseline() {
		assertThat(analytics.dashboard().change()).extracting(Dashboard.Bin::patients).containsExactly(0, 2, 1, 0, 0);
	}

	@Test
	void thePublicClaimWaitsForTheConfiguredNumberOfPatients() {
		GroupOutcome ninetyNine = overall(60, 99);
		GroupOutcome hundred = overall(62, 100);
		assertThat(claims.claim(ninetyNine, false)).isEmpty();
		Optional<PublicClaim> claim = claims.claim(hundred, false);
		assertThat(claim).get().satisfies(c -> {
			assertThat(c.value()).isEqualTo("62%");
			assertThat(c.label()).contains("at least a 50% reduction").contains("three weeks");
			assertThat(c.footnote()).contains("62 of 100").contains("95% confidence interval 52–71%")
				.contains("PHQ-9").contains("count as not improved").doesNotContain("synthetic");
		});
		assertThat(claims.claim(hundred, true).orElseThrow().footnote()).contains("synthetic");
	}

	private static GroupOutcome overall(int responders, int n) {
		GroupOutcome.Rates rates = new GroupOutcome.Rates(new Rate(responders, n), new Rate(0, n));
		GroupOutcome.TimePoint point = new GroupOutcome.TimePoint(rates, rates);
		return new GroupOutcome("All patients", n, point, point);
	}
}
