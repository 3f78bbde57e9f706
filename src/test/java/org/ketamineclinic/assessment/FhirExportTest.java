package org.ketamineclinic.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketamineclinic.staff.StaffFixtures.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.patient.PatientFixtures;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.patient.PatientSummary;
import org.ketamineclinic.patient.SexAtBirth;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A clinician downloads a patient's questionnaires as FHIR for another clinic: valid against HL7's R4 schema, the
 * PHQ-9 total under LOINC 44261-6, every answer there, and nothing that names or reaches the patient.
 */
@ClinicIntegrationTest
class FhirExportTest {

	static final Instant TUESDAY_MORNING = Instant.parse("2026-12-08T17:30:00Z");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PatientManagement patients;

	@Autowired
	QuestionnaireAnswers answers;

	@Autowired
	FhirExport export;

	StaffFixtures.Staffer nurse;

	StaffFixtures.Staffer coordinator;

	PatientSummary patient;

	@BeforeEach
	void aPatientWhoAnsweredOnTheTablet() {
		clock.set(TUESDAY_MORNING);
		var staff = new StaffFixtures(context);
		coordinator = staff.create("Casey Coordinator", StaffRole.INTAKE);
		nurse = staff.create("Nina Nurse", StaffRole.NURSE);
		long id = new PatientFixtures(context).chart("Fenna", "Fhirfield", "seattle", SexAtBirth.FEMALE, "64",
				coordinator);
		patient = patients.summary(id);
		// PHQ-9 2,2,1,1,1,1,1,1,0 = 10 (moderate); GAD-7 all 1 = 7 (mild); C-SSRS all "no".
		Map<String, String> form = TabletForms.beforeInfusion(2, 2, 1, 1, 1, 1, 1, 1, 0);
		PatientFixtures.as(nurse, () -> answers.submitOnTablet(id, form));
	}

	@Test
	void theBundleIsValidFhirR4() {
		String bundle = PatientFixtures.as(nurse, () -> export.bundle(patient.id()).json());

		assertThat(FhirSchema.problems(bundle)).isEmpty();
		JsonNode tree = JSON.readTree(bundle);
		assertThat(tree.get("type").asString()).isEqualTo("collection");
		assertThat(resources(tree, "QuestionnaireResponse")).hasSize(3);
		assertThat(resources(tree, "Observation")).as("PHQ-9 and GAD-7 totals; the C-SSRS has none").hasSize(2);
	}

	@Test
	void theSchemaRefusesABrokenBundle() {
		ObjectNode tree = (ObjectNode) JSON.readTree(PatientFixtures.as(nurse, () -> export.bundle(patient.id()).json()));
		ObjectNode response = (ObjectNode) tree.get("entry").get(0).get("resource");
		response.put("status", "done");

		assertThat(FhirSchema.problems(JSON.writeValueAsString(tree))).as("status outside R4's value set").isNotEmpty();
		response.put("status", "completed");
		assertThat(FhirSchema.problems(JSON.writeValueAsString(tree))).as("repaired").isEmpty();
		// R4 has no code on a response item: the item LOINC codes cannot ride on the QuestionnaireResponse.
		((ObjectNode) response.get("item").get(0)).putObject("code").put("code", "44250-9");
		assertThat(FhirSchema.problems(JSON.writeValueAsString(tree))).as("element R4 does not define").isNotEmpty();
	}

	@Test
	void thePhq9TotalIsLoinc44261DerivedFromTheResponseThatCarriesEveryAnswer() {
		JsonNode tree = JSON.readTree(PatientFixtures.as(nurse, () -> export.bundle(patient.id()).json()));

		JsonNode total = resources(tree, "Observation").stream()
			.filter(o -> o.at("/code/coding/0/code").asString().equals("44261-6"))
			.findFirst()
			.orElseThrow();
		assertThat(total.at("/code/coding/0/system").asString()).isEqualTo("http://loinc.org");
		assertThat(total.at("/valueQuantity/value").asInt()).isEqualTo(10);
		assertThat(total.at("/valueQuantity/code").asString()).isEqualTo("{score}");
		assertThat(total.at("/interpretation/0/text").asString()).isEqualTo("moderate");
		assertThat(total.at("/subject/identifier/value").asString()).isEqualTo(patient.mrn());
		String from = total.at("/derivedFrom/0/reference").asString();
		JsonNode response = entry(tree, from).get("resource");
		assertThat(response.get("questionnaire").asString()).isEqualTo("http://loinc.org/q/44249-1");
		assertThat(response.get("status").asString()).isEqualTo("completed");
		assertThat(response.get("item")).hasSize(9);
		assertThat(response.at("/item/0/linkId").asString()).isEqualTo("phq9_1");
		assertThat(response.at("/item/0/answer/0/valueCoding/code").asString()).as("2 = more than half the days")
			.isEqualTo("LA6570-1");
		assertThat(response.at("/item/8/answer/0/valueCoding/code").asString()).isEqualTo("LA6568-5");
		assertThat(resources(tree, "Observation").stream().map(o -> o.at("/code/coding/0/code").asString()))
			.contains("70274-6");
	}

	@Test
	void nothingInTheBundleNamesOrReachesThePatientAndTheExportIsAudited() {
		String bundle = PatientFixtures.as(nurse, () -> export.bundle(patient.id()).json());

		var who = patient.demographics();
		assertThat(bundle).contains(patient.mrn())
			.doesNotContain("Fenna", "Fhirfield", who.phone(), who.phone().substring(2), who.email(), "1984-03-27",
					"Robin Example");
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				where action = 'EXPORT' and subject_type = 'patient' and subject_id = ?""")
			.param(Long.toString(patient.id())).query(Integer.class).single()).isOne();
	}

	@Test
	void aClinicianDownloadsItAsAFileNamedByMrnThatNoCacheKeeps() throws Exception {
		var response = mvc.perform(get("/staff/assessment/patients/" + patient.id() + "/fhir").with(signedIn(nurse)))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/fhir+json");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"questionnaires-" + patient.mrn() + ".fhir.json\"");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(FhirSchema.problems(body)).isEmpty();
		assertThat(body).doesNotContain("Fenna", "Fhirfield");
	}

	@Test
	void intakeStaffCannotDownloadIt() throws Exception {
		var response = mvc.perform(
				get("/staff/assessment/patients/" + patient.id() + "/fhir").with(signedIn(coordinator)))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(403);
	}

	private static List<JsonNode> resources(JsonNode bundle, String type) {
		return bundle.get("entry").valueStream()
			.map(e -> e.get("resource"))
			.filter(r -> r.get("resourceType").asString().equals(type))
			.toList();
	}

	private static JsonNode entry(JsonNode bundle, String fullUrl) {
		return bundle.get("entry").valueStream()
			.filter(e -> e.get("fullUrl").asString().equals(fullUrl))
			.findFirst()
			.orElseThrow();
	}
}
