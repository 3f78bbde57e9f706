package org.ketamineclinic.consultation;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ketamineclinic.database.ReportsDatabase;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.springframework.stereotype.Component;

/**
 * The figures behind the intake metrics screen, computed in Java from the period's requests (a clinic network gets
 * thousands a year at most, so the rows of a year fit easily in memory): weekly volumes and time to first contact per
 * location, in each clinic's opening hours and time zone, and the funnel from request to enrolment. Read from the
 * reports database (a read replica when there is one): a contact made a few seconds ago may not be counted yet.
 */
@Component
class IntakeMetrics {

	static final String VIRTUAL = "virtual";

	static final String VIRTUAL_NAME = "Online (telehealth)";

	private static final Set<RequestStatus> SCHEDULED = EnumSet.of(RequestStatus.CONSULT_SCHEDULED,
			RequestStatus.ENROLLED);

	private final ReportsDatabase reports;

	private final IntakeClock clock;

	private final Locations locations;

	private final ConsultationProperties properties;

	private final org.springframework.beans.factory.ObjectProvider<AttendanceFigures> attendance;

	IntakeMetrics(ReportsDatabase reports, IntakeClock clock, Locations locations, ConsultationProperties properties,
			org.springframework.beans.factory.ObjectProvider<AttendanceFigures> attendance) {
		this.attendance = attendance;
		this.reports = reports;
		this.clock = clock;
		this.locations = locations;
		this.properties = properties;
	}

	record Row(long id, String location, Instant receivedAt, Instant firstContactedAt, RequestStatus status) {
	}

	/** One request, measured: its week in its clinic's zone, and how its first contact went. */
	private record Measured(Row row, LocalDate weekStart, Duration took, boolean withinTarget, boolean settled,
			boolean waiting) {
	}

	/**
	 * The figures for {@code weeks} ISO weeks starting with the week of {@code firstWeek}; {@code now} decides which
	 * uncontacted requests are already past their target.
	 */
	IntakeMetricsView compute(LocalDate firstWeek, int weeks, Instant now) {
		LocalDate first = monday(firstWeek);
		LocalDate end = first.plusWeeks(weeks);
		// Each request's week is counted in its own clinic's zone: fetch a day more on each side, then keep the
		// requests whose local date falls in the period.
		ZoneId reporting = clock.zone("");
		List<Row> rows = rows(first.minusDays(1).atStartOfDay(reporting).toInstant(),
				end.plusDays(1).atStartOfDay(reporting).toInstant());
		Duration target = properties.firstContactTarget();
		Map<String, Location> clinics = new HashMap<>();
		List<Measured> measured = new ArrayList<>();
		for (Row row : rows) {
			Location clinic = clinics.computeIfAbsent(row.location(), clock::clinicFor);
			LocalDate day = LocalDate.ofInstant(row.receivedAt(), clinic.zone());
			if (day.isBefore(first) || !day.isBefore(end)) {
				continue;
			}
			measured.add(measure(row, monday(day), clinic, target, now));
		}

		Map<String, List<Measured>> byLocation = new LinkedHashMap<>();
		for (String slug : locationOrder(measured)) {
			byLocation.put(slug, new ArrayList<>());
		}
		measured.forEach(m -> byLocation.get(m.row().location()).add(m));

		List<LocationResponses> result = new ArrayList<>();
		byLocation.forEach((slug, list) -> {
			List<WeeklyResponse> weekly = new ArrayList<>();
			for (LocalDate week = first; week.isBefore(end); week = week.plusWeeks(1)) {
				LocalDate monday = week;
				weekly.add(new WeeklyResponse(monday,
						figures(list.stream().filter(m -> m.weekStart().equals(monday)).toList())));
			}
			result.add(new LocationResponses(slug, name(slug), weekly, figures(list)));
		});
		Instant periodEnd = end.atStartOfDay(reporting).toInstant();
		List<AttendanceFigures.Attendance> attendance = this.attendance.stream()
			.flatMap(figures -> figures.attendance(first.atStartOfDay(reporting).toInstant(),
					periodEnd.isAfter(now) ? now : periodEnd).stream())
			.toList();
		return new IntakeMetricsView(first, end.minusDays(1), weeks, target, result, funnel(measured), attendance);
	}

	List<Row> rows(Instant from, Instant to) {
		return reports.read(database -> database.sql("""
				select id, preferred_location, received_at, first_contacted_at, status
				from consultation_request
				where received_at >= :from and received_at < :to and status <> 'SPAM' and not needs_review
				""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("preferred_location"),
					rs.getTimestamp("received_at").toInstant(),
					rs.getTimestamp("first_contacted_at") == null ? null
							: rs.getTimestamp("first_contacted_at").toInstant(),
					RequestStatus.valueOf(rs.getString("status"))))
			.list());
	}

	private static Measured measure(Row row, LocalDate week, Location clinic, Duration target, Instant now) {
		if (row.firstContactedAt() != null) {
			Duration took = ResponseClock.openTimeBetween(row.receivedAt(), row.firstContactedAt(), clinic);
			return new Measured(row, week, took, took.compareTo(target) <= 0, true, false);
		}
		// Closed without contact (a duplicate, or plainly not a candidate): nobody is waiting for a call.
		boolean waiting = RequestStatus.open().contains(row.status());
		boolean overdue = waiting
				&& ResponseClock.dueAt(row.receivedAt(), clinic, target).map(now::isAfter).orElse(false);
		return new Measured(row, week, null, false, overdue, waiting);
	}

	private static ResponseFigures figures(List<Measured> requests) {
		List<Duration> times = requests.stream().map(Measured::took).filter(t -> t != null).toList();
		return new ResponseFigures(requests.size(), times.size(),
				(int) requests.stream().filter(Measured::withinTarget).count(),
				(int) requests.stream().filter(Measured::settled).count(),
				(int) requests.stream().filter(Measured::waiting).count(), percentile(times, 0.5),
				percentile(times, 0.9));
	}

	private static Funnel funnel(List<Measured> requests) {
		return new Funnel(requests.size(),
				(int) requests.stream().filter(m -> m.row().firstContactedAt() != null).count(),
				(int) requests.stream().filter(m -> SCHEDULED.contains(m.row().status())).count(),
				(int) requests.stream().filter(m -> m.row().status() == RequestStatus.ENROLLED).count());
	}

	/** The clinics in their order, then online visits, then any other location a request named. */
	private Set<String> locationOrder(List<Measured> measured) {
		Set<String> order = new LinkedHashSet<>();
		locations.all().forEach(l -> order.add(l.slug()));
		order.add(VIRTUAL);
		measured.stream().map(m -> m.row().location()).sorted().forEach(order::add);
		return order;
	}

	private String name(String slug) {
		if (VIRTUAL.equals(slug)) {
			return VIRTUAL_NAME;
		}
		return locations.bySlug(slug).map(Location::title).orElse(slug);
	}

	private static LocalDate monday(LocalDate date) {
		return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/**
	 * The {@code fraction} percentile (0.5 for the median) of some durations, interpolating linearly between the two
	 * nearest ranks (the method of spreadsheets' PERCENTILE.INC, so a median of an even count is the mean of the
	 * middle two); null for no durations.
	 */
	static Duration percentile(List<Duration> values, double fraction) {
		if (fraction < 0 || fraction > 1) {
			throw new IllegalArgumentException("A percentile is a fraction from 0 to 1, not " + fraction);
		}
		if (values.isEmpty()) {
			return null;
		}
		List<Duration> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
		double rank = fraction * (sorted.size() - 1);
		int below = (int) Math.floor(rank);
		int above = (int) Math.ceil(rank);
		long low = sorted.get(below).toMillis();
		long high = sorted.get(above).toMillis();
		return Duration.ofMillis(Math.round(low + (high - low) * (rank - below)));
	}
}
