package org.ketamineclinic.assessment;

import tools.jackson.databind.node.ObjectNode;

/**
 * A questionnaire's total score as a FHIR R4 survey Observation coded with the instrument's LOINC total (PHQ-9
 * 44261-6, GAD-7 70274-6), derived from the response it was scored from.
 */
final class FhirTotalScore {

	private FhirTotalScore() {
	}

	/** Whether the response has a total that LOINC codes: a scorable PHQ-9 or GAD-7. */
	static boolean applies(AnsweredQuestionnaire answered) {
		return answered.total() != null && Instruments.of(answered.instrument()).totalLoinc() != null;
	}

	static ObjectNode of(AnsweredQuestionnaire answered, ObjectNode subject, String responseUrl) {
		Instrument instrument = Instruments.of(answered.instrument());
		ObjectNode observation = FhirTerms.NODES.objectNode().put("resourceType", "Observation");
		observation.put("status", "final");
		observation.putArray("category").addObject().putArray("coding")
			.add(FhirTerms.coding(FhirTerms.OBSERVATION_CATEGORY, "survey", "Survey"));
		ObjectNode code = observation.putObject("code");
		code.putArray("coding").add(FhirTerms.coding(FhirTerms.LOINC, instrument.totalLoinc(),
				FhirTerms.totalDisplay(answered.instrument())));
		code.put("text", instrument.title() + " total score");
		observation.set("subject", subject);
		observation.put("effectiveDateTime", answered.submittedAt().toString());
		observation.putObject("valueQuantity").put("value", answered.total()).put("unit", "{score}")
			.put("system", FhirTerms.UCUM).put("code", "{score}");
		if (answered.band() != null) {
			// The instrument's published band ("moderately severe"), as text: HL7's interpretation codes (high, low)
			// describe lab reference ranges and would say less.
			observation.putArray("interpretation").addObject().put("text", answered.band());
		}
		observation.putArray("derivedFrom").addObject().put("reference", responseUrl)
			.put("type", "QuestionnaireResponse");
		return observation;
	}
}
