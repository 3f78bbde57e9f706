package org.ketamineclinic.patient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the care team adds to a chart and ends again: diagnoses, medications, allergies, weights, contacts and
 * documents. An entry is never deleted: a stopped medication, a resolved diagnosis or a contact who no longer applies
 * stays with who ended it and when. Each change is audited with its data category.
 */
@Component
public class ChartEntries {

	private final Patients patients;

	private final Auditor auditor;

	private final PatientProperties settings;

	private final Clock clock;

	ChartEntries(Patients patients, Auditor auditor, PatientProperties settings, Clock clock) {
		this.patients = patients;
		this.auditor = auditor;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional
	public long addDiagnosis(long patient, String icd10, String description) {
		EntryCheck check = new EntryCheck();
		String code = Icd10.normalised(icd10);
		if (code == null) {
			check.problem("icd10", "Enter an ICD-10-CM code, for example F33.2.");
		}
		String text = check.optional("description", description, 200, "the description");
		if (text == null && code != null) {
			text = Icd10.suggestions().get(code);
			if (text == null) {
				check.problem("description", "Enter what " + code + " stands for.");
			}
		}
		check.done();
		return add(patient, "patient_diagnosis", "diagnosis",
				entry("icd10", code, "description", text, "noted_at", now(), "noted_by", by()));
	}

	@Transactional
	public void resolveDiagnosis(long patient, long diagnosis) {
		end(patient, diagnosis, "patient_diagnosis", "resolved_at", "resolved_by", "diagnosis");
	}

	@Transactional
	public long addMedication(long patient, String name, String dose) {
		EntryCheck check = new EntryCheck();
		String drug = check.required("medicationName", name, 120, "the medication");
		String how = check.required("medicationDose", dose, 120, "the dose and how often, e.g. 20 mg once a day");
		check.done();
		return add(patient, "patient_medication", "medication",
				entry("name", drug, "dose", how, "noted_at", now(), "noted_by", by()));
	}

	@Transactional
	public void stopMedication(long patient, long medication) {
		end(patient, medication, "patient_medication", "stopped_at", "stopped_by", "medication");
	}

	@Transactional
	public long addAllergy(long patient, String substance, String reaction, String severity) {
		EntryCheck check = new EntryCheck();
		String what = check.required("substance", substance, 120, "the substance");
		String how = check.required("reaction", reaction, 200, "the reaction");
		AllergySeverity level = check.choice("severity", severity, AllergySeverity.class, "how severe it was");
		check.done();
		return add(patient, "patient_allergy", "allergy", entry("substance", what, "reaction", how, "severity",
				level.name(), "noted_at", now(), "noted_by", by()));
	}

	/** For an allergy entered in error: it leaves the list and stays in the record. */
	@Transactional
	public void removeAllergy(long patient, long allergy) {
		end(patient, allergy, "patient_allergy", "removed_at", "removed_by", "allergy");
	}

	/** A weight as typed ("72.5"); refused outside the clinic's plausible range. */
	@Transactional
	public long recordWeight(long patient, String kg) {
		EntryCheck check = new EntryCheck();
		BigDecimal weight = check.number("weightKg", kg, settings.minWeightKg(), settings.maxWeightKg(), "the weight",
				"kg");
		check.done();
		return recordWeight(patient, weight);
	}

	/** A weight measured now, e.g. on the morning of an infusion. */
	@Transactional
	public long recordWeight(long patient, BigDecimal kg) {
		requireChart(patient);
		EntryCheck check = new EntryCheck();
		check.number("weightKg", kg.toPlainString(), settings.minWeightKg(), settings.maxWeightKg(), "the weight",
				"kg");
		check.done();
		long id = weight(patient, kg, now(), by());
		auditor.record(AuditAction.CREATE, PatientManagement.SUBJECT, Long.toString(patient), "weight");
		return id;
	}

	@Transactional
	public long addContact(long patient, ContactEntry contact) {
		EntryCheck check = new EntryCheck();
		Map<String, Object> row = contact(contact, check);
		check.done();
		requireChart(patient);
		long id = insertContact(patient, row, now(), by());
		auditor.record(AuditAction.CREATE, PatientManagement.SUBJECT, Long.toString(patient), "contact");
		return id;
	}

	@Transactional
	public void removeContact(long patient, long contact) {
		end(patient, contact, "patient_contact", "removed_at", "removed_by", "contact");
	}

	/** Checks and stores an upload; the file's content decides what it is, not its name. */
	@Transactional
	public long uploadDocument(long patient, String kind, String title, String fileName, byte[] content) {
		EntryCheck check = new EntryCheck();
		DocumentKind documentKind = check.choice("kind", kind, DocumentKind.class, "what the document is");
		String label = check.required("title", title, 160, "a title, e.g. Referral from Dr. Lee");
		check.done();
		String type = new DocumentCheck(settings.documentMaxSize().toBytes()).contentType(content);
		return add(patient, "patient_document", "document", entry("kind", documentKind.name(), "title", label,
				"file_name", DocumentCheck.fileName(fileName, type), "content_type", type, "size_bytes",
				content.length, "sha256", DocumentCheck.sha256(content), "content", content, "uploaded_at", now(),
				"uploaded_by", by()));
	}

	/** A document's content, recorded as viewed. */
	@Transactional
	public StoredDocument document(long patient, long document) {
		StoredDocument stored = patients.document(patient, document)
			.orElseThrow(() -> new PatientManagement.NoSuchPatient(patient));
		auditor.record(AuditAction.VIEW, PatientManagement.SUBJECT, Long.toString(patient), "document:" + document);
		return stored;
	}

	long weight(long patient, BigDecimal kg, Instant at, long by) {
		return patients.insertEntry("patient_weight", entry("patient_id", patient, "weight_kg", Patients.kg(kg),
				"measured_at", at, "measured_by", by));
	}

	Map<String, Object> contact(ContactEntry contact, EntryCheck check) {
		ContactKind kind = check.choice("contactKind", contact.contactKind(), ContactKind.class, "the kind of contact");
		String name = check.required("contactName", contact.contactName(), 120, "the contact's name");
		String relationship = check.required("contactRelationship", contact.contactRelationship(), 60,
				"who they are to the patient");
		String phone = check.phone("contactPhone", contact.contactPhone(), true, "the contact's phone number");
		return entry("kind", kind == null ? null : kind.name(), "name", name, "relationship", relationship,
				"phone_e164", phone);
	}

	long insertContact(long patient, Map<String, Object> row, Instant at, long by) {
		Map<String, Object> values = new LinkedHashMap<>(row);
		values.put("patient_id", patient);
		values.put("added_at", at);
		values.put("added_by", by);
		return patients.insertEntry("patient_contact", values);
	}

	private long add(long patient, String table, String category, Map<String, Object> row) {
		requireChart(patient);
		Map<String, Object> values = new LinkedHashMap<>(row);
		values.put("patient_id", patient);
		long id = patients.insertEntry(table, values);
		auditor.record(AuditAction.CREATE, PatientManagement.SUBJECT, Long.toString(patient), category);
		return id;
	}

	private void end(long patient, long entry, String table, String endedColumn, String byColumn, String category) {
		if (!patients.endEntry(table, endedColumn, byColumn, patient, entry, now(), by())) {
			throw new ChartRefusal(category, "That entry is not on this chart, or was already ended.");
		}
		auditor.record(AuditAction.UPDATE, PatientManagement.SUBJECT, Long.toString(patient), category);
	}

	private void requireChart(long patient) {
		if (!patients.exists(patient)) {
			throw new PatientManagement.NoSuchPatient(patient);
		}
	}

	private Instant now() {
		return clock.instant();
	}

	private static long by() {
		return PatientManagement.currentStaff();
	}

	private static Map<String, Object> entry(Object... keysAndValues) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			values.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return values;
	}
}
