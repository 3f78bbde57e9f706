package org.ketamineclinic.patient;

import java.time.Instant;

/** A medication the patient takes, or took (stopped ones stay on the chart, marked). */
public record Medication(long id, String name, String dose, Instant notedAt, String notedBy, boolean stopped) {
}
