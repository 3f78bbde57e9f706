package org.ketamineclinic.treatment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.ketamineclinic.patient.PatientSummary;
import org.springframework.stereotype.Component;

/** Now, and today where the patient is treated: ages and "today's weight" are judged in the clinic's zone. */
@Component
class TreatmentClock {

	private final Clock clock;

	TreatmentClock(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Now, to the microsecond PostgreSQL keeps: a reading compared in memory with readings read back from the
	 * database must not differ by the nanoseconds the driver rounds away (rounded up, the first of two readings
	 * exactly 5 min apart would come back later, and the two would look 4:59.999 apart).
	 */
	Instant now() {
		return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	LocalDate today(PatientSummary patient) {
		return LocalDate.now(clock.withZone(patient.zone()));
	}
}
