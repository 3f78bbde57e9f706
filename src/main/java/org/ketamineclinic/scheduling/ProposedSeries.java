package org.ketamineclinic.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A complete infusion series offered to a patient, with the reason it is offered ({@code label}: "Soonest start",
 * "Fewest different times", "Fewest days"), so the coordinator can say why this is one of the choices. The visits are
 * kept in date order, whatever order they came in.
 */
public record ProposedSeries(String label, List<Slot> visits) {

	public ProposedSeries {
		Objects.requireNonNull(label, "label");
		visits = visits.stream().sorted(Comparator.comparing(Slot::date).thenComparing(Slot::start)).toList();
		if (visits.isEmpty()) {
			throw new IllegalArgumentException("A proposed series has at least one visit");
		}
	}

	/** How many different start times of day the patient has to remember. */
	public int distinctTimes() {
		Set<LocalTime> times = new HashSet<>();
		for (Slot visit : visits) {
			times.add(visit.start());
		}
		return times.size();
	}

	/** Calendar days from the first visit to the last, both counted: visits on the 1st and the 12th span 12 days. */
	public int daysSpanned() {
		return (int) ChronoUnit.DAYS.between(firstDate(), visits.get(visits.size() - 1).date()) + 1;
	}

	public LocalDate firstDate() {
		return visits.get(0).date();
	}

	/** The clinics the patient goes to, in the order of the visits. */
	public Set<String> locations() {
		Set<String> locations = new LinkedHashSet<>();
		for (Slot visit : visits) {
			locations.add(visit.location());
		}
		return Collections.unmodifiableSet(locations);
	}
}
