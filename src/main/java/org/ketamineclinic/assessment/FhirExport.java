package org.ketamineclinic.assessment;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.patient.PatientManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A patient's questionnaires as a FHIR R4 collection Bundle, for another clinic or a registry: a QuestionnaireResponse
 * per questionnaire and a LOINC-coded Observation per total score. Written by hand rather than with HAPI FHIR
 * (docs/decisions/0003). The patient is named by medical record number only. Exporting is on the audit trail.
 */
@Service
public class FhirExport {

	private final AnsweredQuestionnaires questionnaires;

	private final PatientManagement patients;

	private final Auditor auditor;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	FhirExport(AnsweredQuestionnaires questionnaires, PatientManagement patients, Auditor auditor, Clock clock) {
		this.questionnaires = questionnaires;
		this.patients = patients;
		this.auditor = auditor;
		this.clock = clock;
	}

	/** The bundle as FHIR JSON; an unknown patient is refused ({@link PatientManagement.NoSuchPatient}). */
	@Transactional
	public FhirBundle bundle(long patientId) {
		String mrn = patients.summary(patientId).mrn();
		ObjectNode subject = FhirTerms.patient(mrn);
		var answered = questionnaires.ofPatient(patientId);
		auditor.record(AuditAction.EXPORT, "patient", Long.toString(patientId), "questionnaires:fhir");
		ObjectNode bundle = FhirTerms.NODES.objectNode().put("resourceType", "Bundle");
		// Each export is a bundle of its own; the resources in it keep their stable ids across exports.
		bundle.putObject("identifier").put("system", "urn:ietf:rfc:3986").put("value", "urn:uuid:" + UUID.randomUUID());
		bundle.put("type", "collection");
		bundle.put("timestamp", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
		ArrayNode entries = bundle.putArray("entry");
		for (AnsweredQuestionnaire one : answered) {
			String responseUrl = FhirTerms.urn("QuestionnaireResponse", one.id());
			entries.addObject().put("fullUrl", responseUrl).set("resource", FhirQuestionnaireResponse.of(one, subject));
			if (FhirTotalScore.applies(one)) {
				entries.addObject().put("fullUrl", FhirTerms.urn("Observation", one.id()))
					.set("resource", FhirTotalScore.of(one, subject, responseUrl));
			}
		}
		if (entries.isEmpty()) {
			bundle.remove("entry");
		}
		return new FhirBundle(mrn, json.writeValueAsString(bundle));
	}
}
