/**
 * The patient chart: identity and demographics taken over from a consultation request, contacts and escorts, the
 * referring provider, diagnoses, medications, allergies, weights and documents; every read of it audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Patient")
package org.ketamineclinic.patient;
