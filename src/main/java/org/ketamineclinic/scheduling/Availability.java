package org.ketamineclinic.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ketamineclinic.location.ClinicSpaces;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.location.OpeningHours;
import org.ketamineclinic.location.TreatmentSpace;
import org.springframework.stereotype.Component;

/**
 * Which times are free for an appointment type: inside the clinic's opening hours (in its own zone, so a day that
 * changes to or from daylight saving still opens at 8:00 local), not on a closure, with every need met by a chair,
 * room or person on shift that nothing else holds then. Everything taken is read with one query per clinic.
 */
@Component
class Availability {

	private final Locations locations;

	private final ClinicSpaces spaces;

	private final Roster roster;

	private final Bookings bookings;

	private final SchedulingProperties properties;

	private final Clock clock;

	Availability(Locations locations, ClinicSpaces spaces, Roster roster, Bookings bookings,
			SchedulingProperties properties, Clock clock) {
		this.locations = locations;
		this.spaces = spaces;
		this.roster = roster;
		this.bookings = bookings;
		this.properties = properties;
		this.clock = clock;
	}

	/** Free slots for the search, clinic by clinic in the order given, each in time order. */
	List<FreeSlot> free(SlotSearch search) {
		List<FreeSlot> found = new ArrayList<>();
		for (String slug : search.locations()) {
			clinic(slug, search.from(), search.to(), search.person())
				.ifPresent(clinic -> found.addAll(clinic.free(search)));
		}
		return found;
	}

	/** Whether one exact slot is still free, with the resources it would hold now. */
	Optional<FreeSlot> exactly(AppointmentType type, String location, Instant start, Long person) {
		return clinic(location, null, null, person).flatMap(c -> {
			LocalDate date = start.atZone(c.location.zone()).toLocalDate();
			return c.reload(date, date, person).slotAt(type, start, person);
		});
	}

	/** A clinic's state from {@code from} to {@code to} (local dates): hours, spaces, shifts and what is taken. */
	Optional<ClinicState> clinic(String slug, LocalDate from, LocalDate to, Long person) {
		return locations.bySlug(slug).map(location -> {
			ClinicState state = new ClinicState(location, spaces.spaces(slug), roster.workable(slug));
			return from == null ? state : state.reload(from, to, person);
		});
	}

	/** One clinic over a period, searched in memory. */
	final class ClinicState {

		final Location location;

		private final List<TreatmentSpace> spaceList;

		private final List<Shift> shifts;

		private Busy busy = new Busy();

		private Set<LocalDate> closed = Set.of();

		private Long loadedPerson;

		/** Resource keys made once: a series plan asks for them at every start of eight weeks. */
		private final java.util.Map<TreatmentSpace.Kind, List<String>> spaceKeys = new java.util.EnumMap<>(
				TreatmentSpace.Kind.class);

		private final java.util.Map<Long, List<String>> capacityKeys = new java.util.HashMap<>();

		ClinicState(Location location, List<TreatmentSpace> spaceList, List<Shift> shifts) {
			this.location = location;
			this.spaceList = spaceList;
			this.shifts = shifts;
			for (TreatmentSpace.Kind kind : TreatmentSpace.Kind.values()) {
				spaceKeys.put(kind, spaceList.stream().filter(s -> s.kind() == kind).map(Resources::space).toList());
			}
			shifts.forEach(shift -> capacityKeys.computeIfAbsent(shift.staffId(),
					id -> Resources.staffCapacities(id, properties.chairsPerNurse())));
		}

		ClinicState reload(LocalDate from, LocalDate to, Long person) {
			Instant start = from.atStartOfDay(location.zone()).toInstant();
			Instant end = to.plusDays(1).atStartOfDay(location.zone()).toInstant();
			Set<String> resources = new LinkedHashSet<>();
			spaceList.forEach(space -> resources.add(Resources.space(space)));
			shifts.forEach(shift -> resources.addAll(Resources.staffCapacities(shift.staffId(),
					properties.chairsPerNurse())));
			if (person != null) {
				resources.add(Resources.person(person));
			}
			busy = bookings.busy(resources, start, end);
			closed = spaces.closures(location.slug(), from, to).stream().map(c -> c.date()).collect(Collectors.toSet());
			loadedPerson = person;
			return this;
		}

		List<FreeSlot> free(SlotSearch search) {
			if (search.person() != null && !search.person().equals(loadedPerson)) {
				reload(search.from(), search.to(), search.person());
			}
			List<FreeSlot> found = new ArrayList<>();
			Duration length = properties.of(search.type()).duration();
			Duration step = search.step() != null ? search.step() : properties.slotStep();
			Instant now = clock.instant();
			for (LocalDate date = search.from(); !date.isAfter(search.to()); date = date.plusDays(1)) {
				Optional<OpeningHours> hours = location.hoursOn(date.getDayOfWeek());
				if (hours.isEmpty() || closed.contains(date)) {
					continue;
				}
				for (LocalTime time = hours.get().opens(); !time.plus(length).isAfter(hours.get().closes())
						&& !time.plus(length).isBefore(time); time = time.plus(step)) {
					if (!search.accepts(date, time)) {
						continue;
					}
					Instant start = ZonedDateTime.of(date, time, location.zone()).toInstant();
					if (start.isBefore(now)) {
						continue;
					}
					slotAt(search.type(), start, search.person()).ifPresent(found::add);
				}
			}
			return found;
		}

		/** The slot at exactly {@code start}, when the clinic is open then and every need can be met. */
		Optional<FreeSlot> slotAt(AppointmentType type, Instant start, Long person) {
			var settings = properties.of(type);
			Instant end = start.plus(settings.duration());
			ZonedDateTime localStart = start.atZone(location.zone());
			LocalDate date = localStart.toLocalDate();
			LocalTime from = localStart.toLocalTime();
			LocalTime to = end.atZone(location.zone()).toLocalTime();
			Optional<OpeningHours> hours = location.hoursOn(date.getDayOfWeek());
			if (hours.isEmpty() || closed.contains(date) || from.isBefore(hours.get().opens())
					|| to.isAfter(hours.get().closes()) || !to.isAfter(from)) {
				return Optional.empty();
			}
			List<String> held = new ArrayList<>();
			if (person != null) {
				String key = Resources.person(person);
				if (!busy.isFree(key, start, end)) {
					return Optional.empty();
				}
				held.add(key);
			}
			Set<Long> staffUsed = new HashSet<>();
			for (Need need : settings.needs()) {
				Optional<List<String>> met = need.isStaff() ? person(need, date, from, to, start, end, staffUsed)
						: space(need, start, end, held);
				if (met.isEmpty()) {
					return Optional.empty();
				}
				held.addAll(met.get());
			}
			return Optional.of(new FreeSlot(location.slug(), type, start, end, location.zone(), List.copyOf(held)));
		}

		private Optional<List<String>> space(Need need, Instant start, Instant end, List<String> held) {
			TreatmentSpace.Kind kind = need == Need.CHAIR ? TreatmentSpace.Kind.CHAIR : TreatmentSpace.Kind.ROOM;
			for (String key : spaceKeys.get(kind)) {
				if (!held.contains(key) && busy.isFree(key, start, end)) {
					return Optional.of(List.of(key));
				}
			}
			return Optional.empty();
		}

		private Optional<List<String>> person(Need need, LocalDate date, LocalTime from, LocalTime to, Instant start,
				Instant end, Set<Long> staffUsed) {
			for (Shift shift : shifts) {
				if (shift.role() != need.role() || staffUsed.contains(shift.staffId())
						|| !shift.covers(date.getDayOfWeek(), from, to)) {
					continue;
				}
				List<String> capacities = capacityKeys.get(shift.staffId());
				List<String> free = new ArrayList<>(capacities.size());
				for (String capacity : capacities) {
					if (busy.isFree(capacity, start, end)) {
						free.add(capacity);
					}
				}
				if (need == Need.NURSE && !free.isEmpty()) {
					staffUsed.add(shift.staffId());
					return Optional.of(List.of(free.get(0)));
				}
				if (need != Need.NURSE && free.size() == capacities.size()) {
					// A coordinator, prescriber or therapist gives the whole of their attention: every capacity.
					staffUsed.add(shift.staffId());
					return Optional.of(capacities);
				}
			}
			return Optional.empty();
		}
	}
}
