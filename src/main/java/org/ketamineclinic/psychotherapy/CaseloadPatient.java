package org.ketamineclinic.psychotherapy;

/** A patient whose care team the reader is on, and the part they play. */
public record CaseloadPatient(long patientId, String name, String mrn, CareRole role) {
}
