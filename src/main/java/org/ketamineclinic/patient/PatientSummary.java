package org.ketamineclinic.patient;

import java.math.BigDecimal;
import java.util.List;

/**
 * What other modules need of a chart to treat the patient safely: who they are, the latest weight, allergies and
 * diagnoses. Reading it is not audited here: the screen that shows it records the view.
 *
 * @param consultationRequest the request the chart was opened from (scheduling knows people by it)
 * @param latestWeight        the newest weighing, or null
 * @param zone                the time zone of the patient's clinic: their times are shown, and "today" judged, in it
 */
public record PatientSummary(long id, String mrn, long consultationRequest, Demographics demographics,
		Weighing latestWeight, List<Allergy> allergies, List<Diagnosis> diagnoses, List<Contact> contacts,
		java.time.ZoneId zone) {

	public String name() {
		return demographics.name();
	}

	public BigDecimal heightCm() {
		return demographics.heightCm();
	}

	public boolean hasEscort() {
		return contacts.stream().anyMatch(c -> c.kind() == ContactKind.ESCORT);
	}

	@Override
	public String toString() {
		return "PatientSummary[id=" + id + "]";
	}
}
