package org.ketamineclinic.treatment;

/** A set of vitals as typed at the chair; anything not measured this time is left empty. */
public record VitalsEntry(String systolic, String diastolic, String heartRate, String spo2, String respiratoryRate) {
}
