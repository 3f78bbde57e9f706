package org.ketamineclinic.scheduling.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.scheduling.ProposedSeries;
import org.ketamineclinic.scheduling.SchedulingProperties;
import org.ketamineclinic.scheduling.TimeOfDay;
import org.ketamineclinic.scheduling.When;

/**
 * The planner screen: what the coordinator asked for, and the series proposed.
 *
 * @param request   consultation request id
 * @param program   program key ("mood")
 * @param programs  every program, for the form
 * @param locations clinics, most preferred first
 * @param from      earliest first visit
 * @param weekdays  the person's days
 * @param timeOfDay part of the day
 * @param clinics   every clinic, for the form
 * @param proposals the series proposed, best first
 */
public record SeriesForm(long request, String program, Map<String, SchedulingProperties.ProgramRules> programs,
		List<String> locations, LocalDate from, List<String> weekdays, TimeOfDay timeOfDay, List<Location> clinics,
		List<ProposedSeries> proposals) {

	SeriesForm with(List<ProposedSeries> found) {
		return new SeriesForm(request, program, programs, locations, from, weekdays, timeOfDay, clinics, found);
	}

	public List<DayOfWeek> allWeekdays() {
		return List.of(DayOfWeek.values());
	}

	public List<TimeOfDay> timesOfDay() {
		return List.of(TimeOfDay.values());
	}

	public String clinicName(String slug) {
		return clinics.stream().filter(c -> c.slug().equals(slug)).map(Location::title).findFirst().orElse(slug);
	}

	/** "Tue, Dec 1, 10:00 AM" for a proposed visit, in its clinic's zone. */
	public String when(org.ketamineclinic.scheduling.Slot visit) {
		var zone = clinics.stream().filter(c -> c.slug().equals(visit.location())).map(Location::zone).findFirst()
			.orElse(java.time.ZoneId.of("America/Los_Angeles"));
		return When.of(visit.startsAt(), zone);
	}

	/** The value a proposed visit is sent back as. */
	public String key(org.ketamineclinic.scheduling.Slot visit) {
		return visit.location() + "@" + visit.startsAt();
	}
}
