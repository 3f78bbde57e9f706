package org.ketamineclinic.outcomes;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * A fresh demonstration platform starts with a synthetic history, so the dashboard and the public claim show
 * something real: {@code clinic.outcomes.demo.patients} patients over {@code over}, at every clinic, each with a
 * baseline PHQ-9 and GAD-7, a six-infusion series over two to three weeks, questionnaires before each infusion and at
 * one and four weeks after it. Trajectories are plausible, not flattering: about half respond and a third remit by
 * the end of the series, one in ten stops early, questionnaires are missed. Synthetic patients have negative ids,
 * which no real patient has, and are labelled as synthetic wherever they are counted. Runs only while the outcomes'
 * record is empty; off with {@code clinic.outcomes.demo.enabled=false} (CLINIC_DEMO_OUTCOMES=false).
 */
@Component
@Order(40)
class DemoHistory implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

	static final String SERIES = "Ketamine infusion series for depression";

	static final String WITH_THERAPY = "Infusions with psychotherapy (KAP)";

	/** Days of the six infusions after the first, for a series over about two weeks; jittered per patient. */
	private static final int[] SCHEDULE = { 0, 2, 4, 7, 9, 11 };

	private final OutcomesProperties.Demo settings;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final Courses courses;

	private final Definition definition;

	private final Locations locations;

	private final PublicClaims claims;

	private final Clock clock;

	DemoHistory(OutcomesProperties properties, JdbcClient jdbc, DataSource dataSource, Courses courses,
			Definition definition, Locations locations, PublicClaims claims, Clock clock) {
		this.settings = properties.demo();
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.courses = courses;
		this.definition = definition;
		this.locations = locations;
		this.claims = claims;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.enabled() || settings.patients() <= 0
				|| jdbc.sql("select exists (select 1 from outcome_infusion)").query(Boolean.class).single()) {
			return;
		}
		List<String> clinics = locations.all().stream().map(Location::slug).toList();
		if (clinics.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		log.info("Demonstration outcomes: seeding {} synthetic patients over {} days (turn off with "
				+ "CLINIC_DEMO_OUTCOMES=false)", settings.patients(), settings.over().toDays());
		Random random = new Random(settings.seed());
		Instant now = clock.instant();
		StringBuilder infusions = new StringBuilder();
		StringBuilder measures = new StringBuilder();
		long[] ids = { 0, 0 };
		int batch = Math.max(1000, settings.patients() / 10);
		for (int p = 1; p <= settings.patients(); p++) {
			patient(-p, random, now, clinics, infusions, measures, ids);
			if (p % batch == 0 || p == settings.patients()) {
				copy(infusions, measures);
				log.info("Demonstration outcomes: {} of {} patients", p, settings.patients());
			}
		}
		int worked = courses.refreshAll(definition);
		claims.refresh();
		log.info("Demonstration outcomes: {} courses, {} questionnaires in {} s", worked, ids[1],
				(System.nanoTime() - started) / 1_000_000_000);
	}

	/** One synthetic patient's history, appended as CSV rows. */
	private void patient(long id, Random random, Instant now, List<String> clinics, StringBuilder infusions,
			StringBuilder measures, long[] ids) {
		long spanHours = settings.over().toHours();
		Instant first = now.minus(Duration.ofHours(1 + (long) (random.nextDouble() * spanHours)));
		String clinic = clinics.get(weighted(random, clinics.size()));
		String program = random.nextDouble() < 0.2 ? WITH_THERAPY : SERIES;
		double dose = random.nextDouble() < 0.6 ? 0.5 : random.nextDouble() < 0.6 ? 0.75 : 1.0;
		int baseline = clamp((int) Math.round(17 + random.nextGaussian() * 4.5), 6, 27);
		int anxiety = clamp((int) Math.round(baseline * 0.7 + random.nextGaussian() * 3), 0, 21);
		// Where this patient ends up, as a fraction of the baseline removed: a mixture of responders and not.
		boolean responder = random.nextDouble() < 0.6 + (dose - 0.5) * 0.1;
		double fall = responder ? 0.5 + random.nextDouble() * 0.5 : -0.1 + random.nextDouble() * 0.55;
		int given = random.nextDouble() < 0.1 ? 1 + random.nextInt(4) : SCHEDULE.length;
		long order = id;
		Instant last = first;
		measure(measures, ids, id, "PHQ9", baseline, first.minus(Duration.ofHours(20 + random.nextInt(8))), now);
		measure(measures, ids, id, "GAD7", anxiety, first.minus(Duration.ofHours(20 + random.nextInt(8))), now);
		for (int i = 0; i < given; i++) {
			Instant at = first.plus(Duration.ofDays(SCHEDULE[i] + (i == 0 ? 0 : random.nextInt(3))))
				.plus(Duration.ofMinutes(i == 0 ? 0 : random.nextInt(120)));
			if (at.isAfter(now)) {
				break;
			}
			last = at;
			ids[0]++;
			infusions.append(-ids[0]).append(',').append(id).append(',').append(order).append(',').append(clinic)
				.append(",\"").append(program).append("\",").append(dose).append(',').append(SCHEDULE.length)
				.append(',').append(at).append('\n');
			if (i > 0 && random.nextDouble() > 0.1) {
				double progress = Math.min(1, i / 5.0);
				questionnaires(measures, ids, id, baseline, anxiety, fall * progress, random,
						at.minus(Duration.ofHours(18 + random.nextInt(6))), now);
			}
		}
		if (given < SCHEDULE.length) {
			return;
		}
		// One and four weeks after the series, answered within a couple of days of the link; some never answer.
		if (random.nextDouble() > 0.07) {
			questionnaires(measures, ids, id, baseline, anxiety, fall, random,
					last.plus(Duration.ofDays(7)).plus(Duration.ofHours(random.nextInt(48))), now);
		}
		if (random.nextDouble() > 0.3) {
			double relapse = random.nextDouble() < 0.25 ? 0.3 : 0;
			questionnaires(measures, ids, id, baseline, anxiety, fall * (1 - relapse), random,
					last.plus(Duration.ofDays(28)).plus(Duration.ofHours(random.nextInt(48))), now);
		}
	}

	private static void questionnaires(StringBuilder measures, long[] ids, long patient, int baseline, int anxiety,
			double fall, Random random, Instant at, Instant now) {
		int phq9 = clamp((int) Math.round(baseline * (1 - fall) + random.nextGaussian() * 1.5), 0, 27);
		int gad7 = clamp((int) Math.round(anxiety * (1 - fall * 0.8) + random.nextGaussian() * 1.5), 0, 21);
		measure(measures, ids, patient, "PHQ9", phq9, at, now);
		measure(measures, ids, patient, "GAD7", gad7, at.plus(Duration.ofMinutes(3)), now);
	}

	private static void measure(StringBuilder measures, long[] ids, long patient, String instrument, int total,
			Instant at, Instant now) {
		if (at.isAfter(now)) {
			return;
		}
		ids[1]++;
		measures.append(-ids[1]).append(',').append(patient).append(',').append(instrument).append(',').append(total)
			.append(',').append(at).append('\n');
	}

	/** The first clinic busiest, the others less so (Seattle, Bellevue, Tacoma: about 45, 30, 25%). */
	private static int weighted(Random random, int clinics) {
		double r = random.nextDouble();
		if (clinics == 1 || r < 0.45) {
			return 0;
		}
		return clinics == 2 || r < 0.75 ? 1 : 2 + random.nextInt(clinics - 2);
	}

	private static int clamp(int value, int low, int high) {
		return Math.max(low, Math.min(high, value));
	}

	/** Bulk-loads the rows with COPY: two million rows in seconds rather than minutes of inserts. */
	private void copy(StringBuilder infusions, StringBuilder measures) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("copy outcome_infusion (session_id, patient_id, order_id, location, program, mg_per_kg, "
					+ "planned_infusions, started_at) from stdin with (format csv)", new StringReader(infusions.toString()));
			copy.copyIn("copy outcome_measure (response_id, patient_id, instrument, total, taken_at) from stdin with "
					+ "(format csv)", new StringReader(measures.toString()));
		}
		catch (SQLException | IOException failed) {
			throw new IllegalStateException("The demonstration outcomes could not be loaded", failed);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		infusions.setLength(0);
		measures.setLength(0);
	}
}
