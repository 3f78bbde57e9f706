package org.ketamineclinic.patient;

import java.time.LocalDate;

/** A line of the patient list. */
public record PatientRow(long id, String mrn, String name, LocalDate dateOfBirth, String homeClinic) {

	@Override
	public String toString() {
		return "PatientRow[id=" + id + "]";
	}
}
