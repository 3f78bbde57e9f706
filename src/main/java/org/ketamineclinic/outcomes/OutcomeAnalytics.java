package org.ketamineclinic.outcomes;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.ketamineclinic.assessment.Severity;
import org.ketamineclinic.database.ReportsDatabase;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Response and remission across the clinics, from the courses the feed keeps. Three aggregate queries over the
 * courses (one row per patient), whatever the number of questionnaires behind them: the groups' counts, the days to
 * response, and the change by the end of the series. Thresholds are whole-number arithmetic in the SQL (no floating
 * point per row), which also keeps them exactly equal to {@link Definition#responds}. Every breakdown is summed from the same counts, so the figures
 * always add up.
 * <p>
 * The managers' dashboard reads the reports database (a read replica when there is one): it is the heavy, occasional
 * read, and seconds of lag do not matter to it. The public claim's figure reads the primary: a small query every ten
 * minutes, and the public site's wording should not change with the replica's health.
 */
@Service
public class OutcomeAnalytics {

	private final JdbcClient primary;

	private final ReportsDatabase reports;

	private final Definition definition;

	private final Locations locations;

	private final Clock clock;

	OutcomeAnalytics(JdbcClient primary, ReportsDatabase reports, Definition definition, Locations locations,
			Clock clock) {
		this.primary = primary;
		this.reports = reports;
		this.definition = definition;
		this.locations = locations;
		this.clock = clock;
	}

	public Definition definition() {
		return definition;
	}

	/** @throws org.ketamineclinic.database.ReportsUnavailable when the reports database cannot answer */
	public Dashboard dashboard() {
		Instant now = clock.instant();
		return reports.read(reporting -> dashboard(reporting, now));
	}

	private Dashboard dashboard(JdbcClient reporting, Instant now) {
		List<Cell> cells = cells(reporting, now);
		List<Cell> measurable = cells.stream().filter(Cell::hasBaseline).toList();
		GroupOutcome overall = sum("All patients", measurable);
		List<Dashboard.Breakdown> breakdowns = List.of(
				breakdown("By clinic", measurable, c -> clinicName(c.location()), Comparator.naturalOrder()),
				breakdown("By program", measurable, Cell::program, Comparator.naturalOrder()),
				breakdown("By dose", measurable, c -> c.mgPerKg().stripTrailingZeros().toPlainString() + " mg/kg",
						Comparator.naturalOrder()),
				breakdown("By baseline severity", measurable, c -> severity(c.baseline()),
						Comparator.comparingInt(this::severityRank)));
		return new Dashboard(definition, now, overall,
				cells.stream().filter(c -> !c.hasBaseline()).mapToInt(Cell::started).sum(),
				cells.stream().mapToInt(Cell::synthetic).sum(),
				cells.stream().map(Cell::firstStart).min(Comparator.naturalOrder()).orElse(null),
				cells.stream().map(Cell::lastStart).max(Comparator.naturalOrder()).orElse(null), breakdowns,
				timeToResponse(reporting), change(reporting, now));
	}

	/** Everyone's outcome at the end of the series; the public claim's figure. */
	@Transactional(readOnly = true)
	public GroupOutcome overall() {
		return sum("All patients", cells(primary, clock.instant()).stream().filter(Cell::hasBaseline).toList());
	}

	/** How many of the courses are synthetic demonstration data. */
	public int synthetic() {
		return primary.sql("select count(*) from outcome_course where synthetic").query(Integer.class).single();
	}

	/** Counts per clinic, program, dose and baseline score: a few hundred rows for any number of patients. */
	private List<Cell> cells(JdbcClient database, Instant now) {
		Map<String, Object> p = Map.of("endDue", Timestamp.from(now.minus(definition.endOfSeries())
			.minus(definition.window())), "followUpDue", Timestamp.from(now.minus(definition.followUp())
				.minus(definition.window())), "kept", definition.keptPerTenThousand(), "remission",
				definition.remissionBelow());
		return database.sql("""
				select location, program, mg_per_kg, baseline_score, count(*) as started,
				    min(first_infusion_at) as first, max(first_infusion_at) as last,
				    count(*) filter (where synthetic) as synthetic,
				    count(*) filter (where end_due) as end_n,
				    count(*) filter (where end_due and end_score <= responds) as end_response,
				    count(*) filter (where end_due and end_score < :remission) as end_remission,
				    count(*) filter (where end_due and done and end_score is not null) as end_done_n,
				    count(*) filter (where end_due and done and end_score <= responds) as end_done_response,
				    count(*) filter (where end_due and done and end_score < :remission) as end_done_remission,
				    count(*) filter (where follow_up_due) as fu_n,
				    count(*) filter (where follow_up_due and follow_up_score <= responds) as fu_response,
				    count(*) filter (where follow_up_due and follow_up_score < :remission) as fu_remission,
				    count(*) filter (where follow_up_due and done and follow_up_score is not null) as fu_done_n,
				    count(*) filter (where follow_up_due and done and follow_up_score <= responds) as fu_done_response,
				    count(*) filter (where follow_up_due and done and follow_up_score < :remission) as fu_done_remission
				from (select location, program, mg_per_kg, baseline_score, end_score, follow_up_score, synthetic,
				             first_infusion_at,
				             baseline_score * :kept / 10000 as responds,
				             first_infusion_at <= :endDue as end_due, last_infusion_at <= :followUpDue as follow_up_due,
				             infusions_given >= planned_infusions as done
				      from outcome_course) c
				group by location, program, mg_per_kg, baseline_score""")
			.params(p)
			.query((rs, n) -> new Cell(rs.getString("location"), rs.getString("program"),
					rs.getBigDecimal("mg_per_kg"), (Integer) rs.getObject("baseline_score"), rs.getInt("started"),
					rs.getTimestamp("first").toInstant(), rs.getTimestamp("last").toInstant(), rs.getInt("synthetic"),
					new GroupOutcome.TimePoint(rates(rs.getInt("end_response"), rs.getInt("end_remission"),
							rs.getInt("end_n")), rates(rs.getInt("end_done_response"),
									rs.getInt("end_done_remission"), rs.getInt("end_done_n"))),
					new GroupOutcome.TimePoint(rates(rs.getInt("fu_response"), rs.getInt("fu_remission"),
							rs.getInt("fu_n")), rates(rs.getInt("fu_done_response"), rs.getInt("fu_done_remission"),
									rs.getInt("fu_done_n")))))
			.list();
	}

	private static KaplanMeier timeToResponse(JdbcClient database) {
		TreeMap<Integer, int[]> days = new TreeMap<>();
		database.sql("""
				select coalesce(response_day, last_measured_day, 0) as day, response_day is not null as responded,
				       count(*) as patients
				from outcome_course where baseline_score > 0
				group by 1, 2""")
			.query(rs -> {
				int[] counts = days.computeIfAbsent(rs.getInt("day"), d -> new int[2]);
				counts[rs.getBoolean("responded") ? 0 : 1] += rs.getInt("patients");
			});
		return KaplanMeier.of(days);
	}

	/** How far the score fell by the end of the series, in quarters of the baseline, for those measured then. */
	private List<Dashboard.Bin> change(JdbcClient database, Instant now) {
		int[] bins = new int[5];
		database.sql("""
				select baseline_score, end_score, count(*) as patients from outcome_course
				where baseline_score > 0 and end_score is not null and first_infusion_at <= ?
				group by 1, 2""")
			.param(Timestamp.from(now.minus(definition.endOfSeries()).minus(definition.window())))
			.query(rs -> {
				double fall = (double) (rs.getInt("baseline_score") - rs.getInt("end_score"))
						/ rs.getInt("baseline_score");
				int bin = fall >= 0.75 ? 0 : fall >= 0.5 ? 1 : fall >= 0.25 ? 2 : fall > 0 ? 3 : 4;
				bins[bin] += rs.getInt("patients");
			});
		return List.of(new Dashboard.Bin("75–100% lower", bins[0]), new Dashboard.Bin("50–74% lower", bins[1]),
				new Dashboard.Bin("25–49% lower", bins[2]), new Dashboard.Bin("1–24% lower", bins[3]),
				new Dashboard.Bin("No lower, or higher", bins[4]));
	}

	private static GroupOutcome.Rates rates(int responders, int remitters, int n) {
		return new GroupOutcome.Rates(new Rate(responders, n), new Rate(remitters, n));
	}

	private static GroupOutcome sum(String label, List<Cell> cells) {
		GroupOutcome total = GroupOutcome.empty(label);
		for (Cell cell : cells) {
			total = total.plus(cell.outcome(label));
		}
		return total;
	}

	private static Dashboard.Breakdown breakdown(String title, List<Cell> cells, Function<Cell, String> key,
			Comparator<String> order) {
		Map<String, GroupOutcome> groups = new LinkedHashMap<>();
		for (Cell cell : cells) {
			String label = key.apply(cell);
			groups.merge(label, cell.outcome(label), GroupOutcome::plus);
		}
		List<GroupOutcome> sorted = new ArrayList<>(groups.values());
		sorted.sort(Comparator.comparing(GroupOutcome::label, order));
		return new Dashboard.Breakdown(title, sorted);
	}

	private String clinicName(String slug) {
		return locations.bySlug(slug).map(Location::title).orElse(slug);
	}

	private String severity(int baseline) {
		return Severity.of(definition.instrument(), baseline).map(s -> capitalised(s.label()) + " (" + s.from() + "–"
				+ s.to() + ")").orElse(Integer.toString(baseline));
	}

	private int severityRank(String label) {
		List<Severity> bands = Severity.bands(definition.instrument());
		for (int i = 0; i < bands.size(); i++) {
			if (label.startsWith(capitalised(bands.get(i).label()) + " (")) {
				return i;
			}
		}
		return bands.size();
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** One group-by row of the courses. */
	private record Cell(String location, String program, BigDecimal mgPerKg, Integer baseline, int started,
			Instant firstStart, Instant lastStart, int synthetic, GroupOutcome.TimePoint endOfSeries,
			GroupOutcome.TimePoint followUp) {

		boolean hasBaseline() {
			return baseline != null && baseline > 0;
		}

		GroupOutcome outcome(String label) {
			return new GroupOutcome(label, started, endOfSeries, followUp);
		}
	}
}
