package org.ketamineclinic.scheduling.web;

import java.time.DayOfWeek;
import java.util.List;

import org.ketamineclinic.location.Closure;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.staff.StaffRole;

/**
 * The roster screen.
 *
 * @param shifts   every shift
 * @param people   staff who can be rostered
 * @param names    staff names by id
 * @param clinics  the clinics
 * @param roles    roles that work shifts
 * @param closures coming closures
 */
public record RosterView(List<org.ketamineclinic.scheduling.Shift> shifts,
		List<org.ketamineclinic.staff.StaffMember> people, java.util.Map<Long, String> names, List<Location> clinics,
		List<StaffRole> roles, List<Closure> closures) {

	public List<DayOfWeek> days() {
		return List.of(DayOfWeek.values());
	}

	public String nameOf(long id) {
		return names.getOrDefault(id, "Staff member " + id);
	}

	public String clinicName(String slug) {
		return clinics.stream().filter(c -> c.slug().equals(slug)).map(Location::title).findFirst().orElse(slug);
	}
}
