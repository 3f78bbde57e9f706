package org.ketamineclinic.patient;

import java.time.Instant;

/** A known allergy or intolerance. */
public record Allergy(long id, String substance, String reaction, AllergySeverity severity, Instant notedAt,
		String notedBy) {

	/** Ketamine hypersensitivity excludes the treatment (DOMAIN.md §2). */
	public boolean toKetamine() {
		return substance.toLowerCase(java.util.Locale.ROOT).contains("ketamine");
	}
}
