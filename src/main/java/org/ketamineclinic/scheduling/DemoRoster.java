package org.ketamineclinic.scheduling;

import java.util.EnumSet;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ketamineclinic.location.ClinicSpaces;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.location.OpeningHours;
import org.ketamineclinic.location.TreatmentSpace;
import org.ketamineclinic.staff.StaffManagement;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh demonstration platform has clinics and chairs but nobody on shift, so nothing could be booked. With
 * {@code clinic.scheduling.demo-roster} on and no shift at all, this adds demonstration colleagues (who cannot sign
 * in) for every clinic's opening hours: a nurse per chair, a care coordinator, and at clinics with a treatment room a
 * prescriber and a therapist. Real shifts are added on the roster screen; a platform with any shift is left alone.
 */
@Component
@Order(20)
class DemoRoster implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRoster.class);

	private final SchedulingProperties properties;

	private final Roster roster;

	private final Locations locations;

	private final ClinicSpaces spaces;

	private final StaffManagement staff;

	DemoRoster(SchedulingProperties properties, Roster roster, Locations locations, ClinicSpaces spaces,
			StaffManagement staff) {
		this.properties = properties;
		this.roster = roster;
		this.locations = locations;
		this.spaces = spaces;
		this.staff = staff;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demoRoster() || !roster.isEmpty()) {
			return;
		}
		int shifts = 0;
		for (Location clinic : locations.all()) {
			var places = spaces.spaces(clinic.slug());
			long chairs = places.stream().filter(p -> p.kind() == TreatmentSpace.Kind.CHAIR).count();
			boolean room = places.stream().anyMatch(p -> p.kind() == TreatmentSpace.Kind.ROOM);
			for (int i = 1; i <= chairs; i++) {
				shifts += everyOpenDay(clinic, member(clinic, "Nurse " + i, StaffRole.NURSE), StaffRole.NURSE);
			}
			shifts += everyOpenDay(clinic, member(clinic, "Coordinator", StaffRole.INTAKE), StaffRole.INTAKE);
			if (room) {
				shifts += everyOpenDay(clinic, member(clinic, "Prescriber", StaffRole.PRESCRIBER), StaffRole.PRESCRIBER);
				shifts += everyOpenDay(clinic, member(clinic, "Therapist", StaffRole.THERAPIST), StaffRole.THERAPIST);
			}
		}
		log.info("Demonstration roster added: {} weekly shifts (turn off with CLINIC_DEMO_ROSTER=false)", shifts);
	}

	private long member(Location clinic, String job, StaffRole role) {
		String slug = clinic.slug().toLowerCase(Locale.ROOT);
		return staff.demonstrationMember(job.toLowerCase(Locale.ROOT).replace(' ', '-') + "." + slug + "@demo.invalid",
				"Demo " + job + " (" + clinic.title() + ")", EnumSet.of(role));
	}

	private int everyOpenDay(Location clinic, long staffId, StaffRole role) {
		for (OpeningHours hours : clinic.hours()) {
			roster.add(staffId, role, clinic.slug(), hours.day(), hours.opens(), hours.closes());
		}
		return clinic.hours().size();
	}
}
