package org.ketamineclinic.treatment.web;

import java.time.ZoneId;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.patient.PatientSummary;
import org.springframework.stereotype.Component;

/** The zone a patient's times are shown in: their clinic's. */
@Component
class Zones {

	private final Locations locations;

	Zones(Locations locations) {
		this.locations = locations;
	}

	ZoneId of(PatientSummary patient) {
		return locations.bySlug(patient.demographics().homeClinic()).map(Location::zone)
			.orElseGet(() -> locations.all().get(0).zone());
	}
}
