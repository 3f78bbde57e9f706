package org.ketamineclinic.assessment;

/**
 * A patient's questionnaires as a FHIR R4 Bundle, with the record number that names the download.
 *
 * @param json the Bundle as FHIR JSON
 */
public record FhirBundle(String mrn, String json) {
}
