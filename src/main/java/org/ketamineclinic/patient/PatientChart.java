package org.ketamineclinic.patient;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The whole chart as a screen shows it. The clinical lists are empty for a reader whose job does not need them
 * ({@link #clinical()} false: minimum necessary).
 *
 * @param zone the time zone of the patient's clinic, for showing times
 * @param age  in years, today
 */
public record PatientChart(PatientSummary summary, int version, Instant openedAt, String openedBy, ZoneId zone,
		int age,
		List<Medication> medications, List<Weighing> weights, List<ChartDocument> documents, boolean clinical) {

	public long id() {
		return summary.id();
	}

	public Demographics demographics() {
		return summary.demographics();
	}

	@Override
	public String toString() {
		return "PatientChart[id=" + summary.id() + "]";
	}
}
