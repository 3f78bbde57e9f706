package org.ketamineclinic.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.location.Locations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scheduling module's read side: a clinic's day or week, a staff member's schedule, a person's appointments and
 * the coordinators' tasks. Calendars show names, so each appointment shown is recorded in the audit trail, as the
 * inbox does for requests.
 */
@Service
public class Calendars {

	private final CalendarViews views;

	private final Locations locations;

	private final Auditor auditor;

	private final JdbcClient jdbc;

	private final Clock clock;

	Calendars(CalendarViews views, Locations locations, Auditor auditor, JdbcClient jdbc, Clock clock) {
		this.views = views;
		this.locations = locations;
		this.auditor = auditor;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A clinic's week (from the Monday of {@code day}), or a single day. */
	@Transactional
	public Optional<ClinicCalendar> clinic(String location, LocalDate day, boolean week) {
		return locations.bySlug(location).map(clinic -> {
			ClinicCalendar calendar = week ? views.clinic(clinic, CalendarViews.mondayOf(day), 7)
					: views.clinic(clinic, day, 1);
			calendar.appointments().forEach(id -> seen(id, "calendar"));
			return calendar;
		});
	}

	/** A staff member's appointments in the week of {@code day}. */
	@Transactional
	public List<AppointmentView> staffWeek(long staffId, LocalDate day, java.time.ZoneId zone) {
		LocalDate monday = CalendarViews.mondayOf(day);
		List<AppointmentView> found = views.ofStaff(staffId, monday.atStartOfDay(zone).toInstant(),
				monday.plusDays(7).atStartOfDay(zone).toInstant());
		found.forEach(a -> seen(a.id(), "calendar"));
		return found;
	}

	/** A staff member's appointments from now on, up to {@code limit}. */
	@Transactional
	public List<AppointmentView> upcomingFor(long staffId, int limit) {
		Instant now = clock.instant();
		// The next four weeks: enough for "coming up", without reading a busy nurse's whole year.
		List<AppointmentView> found = views.ofStaff(staffId, now, now.plus(java.time.Duration.ofDays(28))).stream()
			.limit(limit).toList();
		found.forEach(a -> seen(a.id(), "calendar"));
		return found;
	}

	/** A person's appointments (for their request's page), soonest first. */
	@Transactional
	public List<AppointmentView> ofPerson(long person) {
		List<AppointmentView> found = views.ofPerson(person);
		found.forEach(a -> seen(a.id(), "appointment"));
		return found;
	}

	@Transactional
	public Optional<AppointmentView> appointment(long id) {
		Optional<AppointmentView> found = views.one(id);
		found.ifPresent(a -> seen(a.id(), "appointment"));
		return found;
	}

	/**
	 * @param id          task id
	 * @param appointment what it is about
	 * @param kind        RESCHEDULE
	 * @param createdAt   when the person asked
	 */
	public record Task(long id, AppointmentView appointment, String kind, Instant createdAt) {
	}

	/** Tasks not done yet, oldest first. */
	@Transactional
	public List<Task> openTasks() {
		record Row(long id, long appointment, String kind, Instant at) {
		}
		return jdbc.sql("select id, appointment_id, kind, created_at from scheduling_task where done_at is null "
				+ "order by created_at")
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
			.list()
			.stream()
			.flatMap(row -> appointment(row.appointment()).map(a -> new Task(row.id(), a, row.kind(), row.at()))
				.stream())
			.toList();
	}

	public int openTaskCount() {
		return jdbc.sql("select count(*) from scheduling_task where done_at is null").query(Integer.class).single();
	}

	@Transactional
	public void taskDone(long task, long by) {
		jdbc.sql("update scheduling_task set done_at = ?, done_by = ? where id = ? and done_at is null")
			.params(Timestamp.from(clock.instant()), by, task)
			.update();
	}

	private void seen(long appointment, String category) {
		auditor.record(AuditAction.VIEW, SchedulingManagement.SUBJECT, Long.toString(appointment), category);
	}
}
