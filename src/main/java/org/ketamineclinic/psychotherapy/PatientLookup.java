package org.ketamineclinic.psychotherapy;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.patient.PatientSummary;
import org.ketamineclinic.staff.StaffManagement;
import org.springframework.stereotype.Component;

/**
 * Who a patient is (name, MRN, the zone of their clinic) and who staff are, for the screens. Only what a heading
 * needs is taken from the chart; reading it is recorded by the screen that shows it.
 */
@Component
class PatientLookup {

	/** What the psychotherapy screens show of a patient. A missing chart answers 404 (NoSuchPatient). */
	record Facts(long id, String name, String mrn, ZoneId zone) {
	}

	private final PatientManagement patients;

	private final Locations locations;

	private final StaffManagement staff;

	PatientLookup(PatientManagement patients, Locations locations, StaffManagement staff) {
		this.patients = patients;
		this.locations = locations;
		this.staff = staff;
	}

	Facts of(long patientId) {
		PatientSummary summary = patients.summary(patientId);
		ZoneId zone = locations.bySlug(summary.demographics().homeClinic())
			.map(Location::zone)
			.orElseGet(() -> locations.all().get(0).zone());
		return new Facts(patientId, summary.name(), summary.mrn(), zone);
	}

	/** Staff display names by id; a removed account shows as its number. */
	Function<Long, String> staffNames() {
		Map<Long, String> names = new LinkedHashMap<>(staff.names());
		return id -> names.getOrDefault(id, "staff #" + id);
	}
}
