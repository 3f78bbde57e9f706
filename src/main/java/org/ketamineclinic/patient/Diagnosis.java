package org.ketamineclinic.patient;

import java.time.Instant;

/**
 * A diagnosis on the chart.
 *
 * @param icd10    the ICD-10-CM code, e.g. F33.2
 * @param notedBy  the prescriber's name
 * @param resolved whether it was resolved (kept, shown apart)
 */
public record Diagnosis(long id, String icd10, String description, Instant notedAt, String notedBy, boolean resolved) {

	/** Depressive episode (F32) or recurrent depressive disorder (F33): what the infusion program treats. */
	public boolean depressive() {
		return icd10.startsWith("F32") || icd10.startsWith("F33");
	}
}
