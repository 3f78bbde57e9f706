package org.ketamineclinic.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffMember;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works where and when (weekly shifts). Availability counts only people whose account is not disabled, in a role
 * they still hold.
 */
@Service
public class Roster {

	private final JdbcClient jdbc;

	private final StaffManagement staff;

	private final Auditor auditor;

	Roster(JdbcClient jdbc, StaffManagement staff, Auditor auditor) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.auditor = auditor;
	}

	/** Every shift, by clinic, weekday and start, including those of people who can no longer work them. */
	public List<Shift> all() {
		return jdbc.sql("select * from staff_shift order by location_slug, weekday, starts, staff_id")
			.query(Roster::shift)
			.list();
	}

	private static Shift shift(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Shift(rs.getLong("id"), rs.getLong("staff_id"), StaffRole.valueOf(rs.getString("role")),
				rs.getString("location_slug"), DayOfWeek.of(rs.getInt("weekday")), rs.getObject("starts", LocalTime.class),
				rs.getObject("ends", LocalTime.class));
	}

	/** The shifts that count at a clinic: the person is not disabled and still holds the role. */
	List<Shift> workable(String location) {
		Set<String> able = staff.workingRoles().entrySet().stream()
			.flatMap(e -> e.getValue().stream().map(r -> e.getKey() + ":" + r))
			.collect(Collectors.toSet());
		return jdbc.sql("select * from staff_shift where location_slug = ? order by weekday, starts, staff_id")
			.param(location)
			.query(Roster::shift)
			.list()
			.stream()
			.filter(s -> able.contains(s.staffId() + ":" + s.role()))
			.toList();
	}

	/** The people with a shift at this clinic who can work it, in name order of their ids. */
	public List<Long> peopleAt(String location) {
		return workable(location).stream().map(Shift::staffId).distinct().sorted().toList();
	}

	@Transactional
	public long add(long staffId, StaffRole role, String location, DayOfWeek day, LocalTime starts, LocalTime ends) {
		StaffMember member = staff.member(staffId).orElseThrow(() -> new RosterRefusal("No such staff member."));
		if (!member.has(role)) {
			throw new RosterRefusal(member.displayName() + " does not hold the role " + role.label() + ".");
		}
		if (!ends.isAfter(starts)) {
			throw new RosterRefusal("A shift must end after it starts.");
		}
		boolean overlaps = jdbc.sql("""
				select exists (select 1 from staff_shift where staff_id = ? and weekday = ? and starts < ? and ends > ?)""")
			.params(staffId, day.getValue(), ends, starts)
			.query(Boolean.class)
			.single();
		if (overlaps) {
			throw new RosterRefusal(member.displayName() + " already has a shift then on " + day.name().toLowerCase()
					+ "s.");
		}
		long id = jdbc.sql("""
				insert into staff_shift (staff_id, role, location_slug, weekday, starts, ends)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(staffId, role.name(), location, day.getValue(), starts, ends)
			.query(Long.class)
			.single();
		auditor.record(AuditAction.CREATE, "staff-shift", Long.toString(id), "roster");
		return id;
	}

	@Transactional
	public void remove(long shiftId) {
		jdbc.sql("delete from staff_shift where id = ?").param(shiftId).update();
		auditor.record(AuditAction.DELETE, "staff-shift", Long.toString(shiftId), "roster");
	}

	boolean isEmpty() {
		return jdbc.sql("select not exists (select 1 from staff_shift)").query(Boolean.class).single();
	}

	/** A shift that cannot be added, in words for the person adding it. */
	public static class RosterRefusal extends RuntimeException {

		public RosterRefusal(String message) {
			super(message);
		}
	}
}
