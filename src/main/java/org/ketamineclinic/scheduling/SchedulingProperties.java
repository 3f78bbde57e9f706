package org.ketamineclinic.scheduling;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduling settings ({@code clinic.scheduling.*}); the defaults (application.yaml) follow DOMAIN.md §1 and the
 * clinic's published program. Every clinical number is here, none in code.
 *
 * @param types                 each appointment type's length and needs
 * @param programs              infusion programs and their protocol (6 infusions within 21 days…)
 * @param chairsPerNurse        how many people one nurse monitors at once (1 = a nurse for each patient)
 * @param slotStep              start times are offered on this grid from opening time
 * @param seriesSlotStep        the planner proposes series visits on this coarser grid (a coordinator can still move one
 *                              visit to any free start); it halves the times a plan walks through
 * @param lateCancellation      a cancellation by the person with less notice than this is "late"
 * @param reminders             reminders before each appointment (48 h and 2 h)
 * @param infusionInstructions  the short pre-infusion instructions sent with the first reminder of an infusion
 * @param bookingLinkValidity   how long a self-booking link works
 * @param searchDays            how far ahead availability and the planner look
 * @param demoRoster            seed demonstration staff and shifts when none exist (off in production)
 */
@ConfigurationProperties("clinic.scheduling")
public record SchedulingProperties(Map<AppointmentType, TypeSettings> types, Map<String, ProgramRules> programs,
		@DefaultValue("1") int chairsPerNurse, @DefaultValue("15m") Duration slotStep,
		@DefaultValue("30m") Duration seriesSlotStep,
		@DefaultValue("24h") Duration lateCancellation, @DefaultValue({ "48h", "2h" }) List<Duration> reminders,
		@DefaultValue("") String infusionInstructions, @DefaultValue("14d") Duration bookingLinkValidity,
		@DefaultValue("56") int searchDays, @DefaultValue("false") boolean demoRoster) {

	public SchedulingProperties {
		for (AppointmentType type : AppointmentType.values()) {
			if (types == null || !types.containsKey(type)) {
				throw new IllegalArgumentException("clinic.scheduling.types." + type + " is not configured");
			}
		}
		if (chairsPerNurse < 1) {
			throw new IllegalArgumentException("clinic.scheduling.chairs-per-nurse must be at least 1");
		}
		programs = programs == null ? Map.of() : programs;
	}

	/**
	 * @param label    what staff and patients read ("IV infusion")
	 * @param duration how long it holds its chair, room and people
	 * @param needs    what it holds
	 */
	public record TypeSettings(String label, Duration duration, Set<Need> needs) {
	}

	/**
	 * An infusion program's protocol (see {@link SeriesRules} for the exact meaning).
	 *
	 * @param label          "IV infusion series (6)"
	 * @param infusions      visits in the series
	 * @param withinDays     first to last visit within this many days
	 * @param minDaysBetween 2 = never on consecutive days
	 * @param minPerWeek     at least this many a week
	 * @param maxPerWeek     at most this many in any 7 days
	 */
	public record ProgramRules(String label, int infusions, int withinDays, int minDaysBetween, int minPerWeek,
			int maxPerWeek) {

		SeriesRules rules() {
			return new SeriesRules(infusions, withinDays, minDaysBetween, minPerWeek, maxPerWeek);
		}
	}

	TypeSettings of(AppointmentType type) {
		return types.get(type);
	}
}
