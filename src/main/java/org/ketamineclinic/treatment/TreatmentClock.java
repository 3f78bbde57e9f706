package org.ketamineclinic.treatment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.patient.PatientSummary;
import org.springframework.stereotype.Component;

/** Now, and today where the patient is treated: ages and "today's weight" are judged in the clinic's zone. */
@Component
class TreatmentClock {

	private final Clock clock;

	private final Locations locations;

	TreatmentClock(Clock clock, Locations locations) {
		this.clock = clock;
		this.locations = locations;
	}

	/**
	 * Now, to the microsecond PostgreSQL keeps: a reading compared in memory with readings read back from the
	 * database must not differ by the nanoseconds the driver rounds away (rounded up, the first of two readings
	 * exactly 5 min apart would come back later, and the two would look 4:59.999 apart).
	 */
	Instant now() {
		return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	ZoneId zoneOf(PatientSummary patient) {
		return locations.bySlug(patient.demographics().homeClinic())
			.map(Location::zone)
			.orElseGet(() -> locations.all().get(0).zone());
	}

	LocalDate today(PatientSummary patient) {
		return LocalDate.now(clock.withZone(zoneOf(patient)));
	}

	/** The start of today where the patient is treated. */
	Instant startOfToday(PatientSummary patient) {
		return today(patient).atStartOfDay(zoneOf(patient)).toInstant();
	}
}
