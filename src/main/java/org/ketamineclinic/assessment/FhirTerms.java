package org.ketamineclinic.assessment;

import java.util.UUID;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The code systems, canonical URLs and references the FHIR export is written in, in one place, so that a receiving
 * system's mapping has one file to check against ours.
 */
final class FhirTerms {

	static final String LOINC = "http://loinc.org";

	static final String UCUM = "http://unitsofmeasure.org";

	static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

	static final String IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";

	/** Our own identifiers and canonicals live under the clinic's FHIR base (a placeholder domain until we go live). */
	static final String CLINIC_BASE = "https://ketamineclinic.example/fhir/";

	static final String MRN = CLINIC_BASE + "mrn";

	static final String RESPONSE_IDS = CLINIC_BASE + "questionnaire-response";

	static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private FhirTerms() {
	}

	/**
	 * LOINC's published Questionnaire for instruments with a LOINC panel; a clinic canonical for the C-SSRS screener,
	 * whose LOINC panel we have not verified and would rather not claim.
	 */
	static String questionnaire(Instrument instrument) {
		return instrument.panelLoinc() != null ? "http://loinc.org/q/" + instrument.panelLoinc()
				: CLINIC_BASE + "Questionnaire/" + instrument.code().name().toLowerCase().replace('_', '-');
	}

	/** LOINC's display name of a total score's code, as LOINC words it. */
	static String totalDisplay(InstrumentCode code) {
		switch (code) {
			case PHQ9:
				return "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]";
			case GAD7:
				return "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]";
			default:
				throw new IllegalArgumentException("No total score for " + code);
		}
	}

	/**
	 * A stable urn:uuid for a stored response's resource, so that exporting twice names the same response the same
	 * way and a receiver can tell a repeat from a new answer. Derived from our row id only: nothing about the patient.
	 */
	static String urn(String resourceType, long responseId) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(("ketamineclinic:assessment_response:" + responseId + ":"
				+ resourceType).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** The patient by medical record number only: the export carries no name, birth date, phone or address. */
	static ObjectNode patient(String mrn) {
		ObjectNode reference = NODES.objectNode().put("type", "Patient");
		ObjectNode identifier = reference.putObject("identifier");
		identifier.putObject("type").putArray("coding").addObject().put("system", IDENTIFIER_TYPE).put("code", "MR");
		identifier.put("system", MRN).put("value", mrn);
		return reference;
	}

	static ObjectNode coding(String system, String code, String display) {
		ObjectNode coding = NODES.objectNode().put("system", system).put("code", code);
		return display == null ? coding : coding.put("display", display);
	}
}
