package org.ketamineclinic.treatment;

/** The discharge checklist: each "true" only when the nurse checked it. */
public record DischargeEntry(String alertAndOriented, String escortPresent, String noDrivingAcknowledged) {
}
