package org.ketamineclinic.scheduling;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ketamineclinic.consultation.IntakeManagement;
import org.ketamineclinic.consultation.RequestContact;
import org.ketamineclinic.location.ClinicSpaces;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.location.TreatmentSpace;
import org.ketamineclinic.staff.StaffManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads appointments for the calendars: a clinic's days with its chairs and rooms as columns, a person's list. */
@Component
class CalendarViews {

	private final JdbcClient jdbc;

	private final Locations locations;

	private final ClinicSpaces spaces;

	private final StaffManagement staff;

	private final IntakeManagement intake;

	private final SchedulingProperties properties;

	CalendarViews(JdbcClient jdbc, Locations locations, ClinicSpaces spaces, StaffManagement staff,
			IntakeManagement intake, SchedulingProperties properties) {
		this.jdbc = jdbc;
		this.locations = locations;
		this.spaces = spaces;
		this.staff = staff;
		this.intake = intake;
		this.properties = properties;
	}

	static LocalDate mondayOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** A clinic from {@code first} for {@code days} days; cancelled appointments are left out. */
	ClinicCalendar clinic(Location clinic, LocalDate first, int days) {
		List<TreatmentSpace> places = spaces.spaces(clinic.slug());
		List<ClinicCalendar.Column> columns = new ArrayList<>();
		places.forEach(p -> columns.add(new ClinicCalendar.Column(Resources.space(p), p.name())));
		columns.add(new ClinicCalendar.Column("", "No chair or room"));
		Instant from = first.atStartOfDay(clinic.zone()).toInstant();
		Instant to = first.plusDays(days).atStartOfDay(clinic.zone()).toInstant();
		List<AppointmentView> found = query("a.location_slug = ? and a.starts_at >= ? and a.starts_at < ?",
				clinic.slug(), Timestamp.from(from), Timestamp.from(to));
		Set<LocalDate> closed = spaces.closures(clinic.slug(), first, first.plusDays(days)).stream()
			.map(c -> c.date()).collect(Collectors.toSet());
		List<ClinicCalendar.Day> rows = new ArrayList<>();
		for (int i = 0; i < days; i++) {
			LocalDate date = first.plusDays(i);
			List<List<AppointmentView>> cells = new ArrayList<>();
			for (ClinicCalendar.Column column : columns) {
				cells.add(found.stream()
					.filter(a -> a.start().atZone(clinic.zone()).toLocalDate().equals(date))
					.filter(a -> column.key().isEmpty() ? a.holds().stream().noneMatch(h -> isSpaceOf(h, places))
							: a.holds().contains(columnName(column, places)))
					.toList());
			}
			boolean open = clinic.hoursOn(date.getDayOfWeek()).isPresent() && !closed.contains(date);
			rows.add(new ClinicCalendar.Day(date, When.day(date), open, cells));
		}
		return new ClinicCalendar(clinic.slug(), clinic.title(), first, days, columns, rows,
				found.stream().map(AppointmentView::id).toList());
	}

	/** A staff member's appointments from {@code from} to {@code to}. */
	List<AppointmentView> ofStaff(long staffId, Instant from, Instant to) {
		// The time range lets the (resource, during) index find the period's holds; the prefix picks the person.
		return query("""
				a.id in (select b.appointment_id from resource_booking b
				         where b.during && tstzrange(?, ?) and b.resource like ?)
				  and a.starts_at >= ? and a.starts_at < ?""", Timestamp.from(from), Timestamp.from(to),
				"staff:" + staffId + ":%", Timestamp.from(from), Timestamp.from(to));
	}

	/** A person's appointments, all of them, soonest first. */
	List<AppointmentView> ofPerson(long person) {
		return query("a.consultation_request = ?", person);
	}

	java.util.Optional<AppointmentView> one(long id) {
		return query("a.id = ?", id).stream().findFirst();
	}

	private List<AppointmentView> query(String where, Object... params) {
		record Row(Appointment appointment, String held, Integer seriesSize) {
		}
		List<Row> rows = jdbc.sql("""
				select a.*, (select string_agg(b.resource, ',' order by b.resource) from resource_booking b
				              where b.appointment_id = a.id) as held,
				       (select s.infusions from infusion_series s where s.id = a.series_id) as series_size
				from appointment a where a.status not in ('CANCELLED', 'LATE_CANCELLED') and\s""" + where
				+ " order by a.starts_at, a.id")
			.params(params)
			.query((rs, n) -> new Row(Appointments.map(rs, n), rs.getString("held"),
					rs.getObject("series_size", Integer.class)))
			.list();
		Map<Long, RequestContact> people = intake.contacts(rows.stream().map(r -> r.appointment().person).distinct()
			.toList());
		Map<Long, String> names = staff.names();
		Map<String, String> placeNames = new HashMap<>();
		List<AppointmentView> views = new ArrayList<>();
		for (Row row : rows) {
			Appointment a = row.appointment();
			List<String> holds = row.held() == null ? List.of() : Arrays.stream(row.held().split(","))
				.map(r -> describe(r, names, placeNames, a.location))
				.filter(h -> !h.isEmpty())
				.distinct()
				.toList();
			RequestContact person = people.get(a.person);
			views.add(new AppointmentView(a.id, a.type, properties.of(a.type).label(), a.location,
					locations.bySlug(a.location).map(Location::title).orElse(a.location), a.start, a.end, a.zone,
					a.mode, a.status, a.person, person == null ? "?" : person.fullName(), a.series,
					a.series == null ? "" : a.position + " of " + row.seriesSize(), a.confirmedAt != null, holds,
					a.version));
		}
		return views;
	}

	private String describe(String resource, Map<Long, String> names, Map<String, String> placeNames,
			String location) {
		long staffId = Resources.staffOf(resource);
		if (staffId >= 0) {
			return names.getOrDefault(staffId, "Staff member " + staffId);
		}
		if (Resources.spaceOf(resource) >= 0) {
			if (!placeNames.containsKey(location + "|")) {
				spaces.spaces(location).forEach(s -> placeNames.put(Resources.space(s), s.name()));
				placeNames.put(location + "|", "");
			}
			return placeNames.getOrDefault(resource, resource);
		}
		return "";
	}

	private static boolean isSpaceOf(String holdName, List<TreatmentSpace> places) {
		return places.stream().anyMatch(p -> p.name().equals(holdName));
	}

	private static String columnName(ClinicCalendar.Column column, List<TreatmentSpace> places) {
		return places.stream().filter(p -> Resources.space(p).equals(column.key())).map(TreatmentSpace::name)
			.findFirst().orElse("");
	}
}
