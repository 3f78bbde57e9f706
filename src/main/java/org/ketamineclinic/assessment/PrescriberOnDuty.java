package org.ketamineclinic.assessment;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ketamineclinic.scheduling.Roster;
import org.ketamineclinic.scheduling.Shift;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffMember;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.stereotype.Component;

/**
 * Who a safety alert is assigned to: the prescriber whose roster shift at the patient's clinic covers now, in the
 * clinic's time zone. When nobody is rostered (a night, a weekend, a clinic without a roster) the alert still needs
 * an owner, so it goes to an active prescriber rather than to nobody; the on-call escalation runs beside it either
 * way. Among several, the one whose shift started first (then the lowest id), so the choice is the same on every
 * instance.
 */
@Component
class PrescriberOnDuty {

	private final Roster roster;

	private final StaffManagement staff;

	private final Clock clock;

	PrescriberOnDuty(Roster roster, StaffManagement staff, Clock clock) {
		this.roster = roster;
		this.staff = staff;
		this.clock = clock;
	}

	/** The prescriber to assign a safety alert at this clinic to now; empty only when the clinic has none at all. */
	Optional<Long> at(String clinic, ZoneId zone) {
		Set<Long> prescribers = staff.activeWith(StaffRole.PRESCRIBER).stream().map(StaffMember::id)
			.collect(Collectors.toSet());
		LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone);
		Optional<Long> rostered = roster.all().stream()
			.filter(shift -> shift.role() == StaffRole.PRESCRIBER && shift.location().equals(clinic))
			.filter(shift -> prescribers.contains(shift.staffId()))
			.filter(shift -> shift.day() == now.getDayOfWeek() && !now.toLocalTime().isBefore(shift.starts())
					&& now.toLocalTime().isBefore(shift.ends()))
			.min(Comparator.comparing(Shift::starts).thenComparing(Shift::staffId))
			.map(Shift::staffId);
		return rostered.or(() -> prescribers.stream().min(Long::compare));
	}
}
