package org.ketamineclinic.treatment;

import java.time.Instant;

/**
 * A limit the newest reading crossed, for the nurse at the chair.
 *
 * @param kind    which rule
 * @param takenAt when the reading that raised it was taken
 * @param message what was found, in plain English with the numbers: "SpO2 89%: below 92%."
 */
public record VitalAlert(AlertKind kind, Instant takenAt, String message) {

	public AlertSeverity severity() {
		return kind.severity();
	}
}
