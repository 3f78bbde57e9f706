package org.ketamineclinic.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketamineclinic.staff.StaffFixtures.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** How a chart is opened from a consultation request, kept by the care team, and who sees what of it. */
@ClinicIntegrationTest
class PatientChartTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PatientManagement patients;

	PatientFixtures fixtures;

	StaffFixtures.Staffer coordinator;

	StaffFixtures.Staffer nurse;

	StaffFixtures.Staffer prescriber;

	@BeforeEach
	void careTeam() {
		fixtures = new PatientFixtures(context);
		var staff = new StaffFixtures(context);
		coordinator = staff.create("Casey Coordinator", StaffRole.INTAKE);
		nurse = staff.create("Nina Nurse", StaffRole.NURSE);
		prescriber = staff.create("Priya Prescriber", StaffRole.PRESCRIBER);
	}

	@Test
	void theOpeningFormTakesOverWhatTheRequestHoldsSoNothingIsTypedTwice() throws Exception {
		long request = fixtures.request("Jordan", "Rivers", "seattle");

		String form = mvc.perform(get("/staff/patients/new").param("request", Long.toString(request))
			.with(signedIn(coordinator))).andReturn().getResponse().getContentAsString();

		assertThat(form).contains("value=\"Jordan\"", "value=\"Rivers\"", "value=\"jordan@example.org\"",
				"<option value=\"seattle\" selected>");
	}

	@Test
	void aChartIsOpenedFromTheRequestWithAMedicalRecordNumberTheFirstWeightAndAnEmergencyContact() throws Exception {
		long request = fixtures.request("Jordan", "Rivers", "seattle");

		var result = mvc.perform(post("/staff/patients/new").param("request", Long.toString(request))
			.params(opening("Jordan", "Rivers", "1990-05-14", "182", "88.4"))
			.with(csrf())
			.with(signedIn(coordinator))).andReturn();

		long id = patients.chartFor(request).orElseThrow();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff/patients/" + id);
		PatientSummary chart = patients.summary(id);
		assertThat(MedicalRecordNumber.looksValid(chart.mrn())).isTrue();
		assertThat(chart.demographics().heightCm()).isEqualByComparingTo("182.0");
		assertThat(chart.latestWeight().kg()).isEqualByComparingTo("88.4");
		assertThat(chart.contacts()).singleElement().satisfies(c -> {
			assertThat(c.kind()).isEqualTo(ContactKind.EMERGENCY);
			assertThat(c.phone()).isEqualTo("+12065550199");
		});
		assertThat(audited("CREATE", id, "chart")).isEqualTo(1);
	}

	@Test
	void aRequestOpensOneChartOnly() throws Exception {
		long id = fixtures.chart("Sam", "Once", "seattle", SexAtBirth.MALE, "80", coordinator);
		long request = patients.summary(id).consultationRequest();

		var again = mvc.perform(post("/staff/patients/new").param("request", Long.toString(request))
			.params(opening("Sam", "Twice", "1990-05-14", "182", "80"))
			.with(csrf())
			.with(signedIn(coordinator))).andReturn();

		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/staff/patients/" + id);
		assertThat(patients.summary(id).demographics().lastName()).isEqualTo("Once");
	}

	@Test
	void impossibleEntriesAreRefusedTogetherWithEverythingTypedKeptAndNothingStored() throws Exception {
		long request = fixtures.request("Alex", "Typo", "seattle");

		String page = mvc.perform(post("/staff/patients/new").param("request", Long.toString(request))
			.params(opening("Alex", "Typo", "2090-01-01", "17", "720"))
			.with(csrf())
			.with(signedIn(coordinator)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(patients.chartFor(request)).isEmpty();
		assertThat(page).contains("role=\"alert\"", "date of birth of 2090-01-01 cannot be right",
				"height of 17 cm is outside", "weight of 720 kg is outside", "value=\"Typo\"",
				"value=\"(206) 555-0199\"");
	}

	@Test
	void aCoordinatorSeesDemographicsButNotTheClinicalLists() throws Exception {
		long id = fixtures.chart("Lee", "Private", "seattle", SexAtBirth.FEMALE, "61.2", coordinator);
		PatientFixtures.as(nurse, () -> patients.entries().addAllergy(id, "Latex", "Hives", "MODERATE"));

		String forCoordinator = mvc.perform(get("/staff/patients/" + id).with(signedIn(coordinator))).andReturn()
			.getResponse().getContentAsString();
		String forNurse = mvc.perform(get("/staff/patients/" + id).with(signedIn(nurse))).andReturn()
			.getResponse().getContentAsString();

		assertThat(forCoordinator).contains("Lee Private").doesNotContain("Latex", "Medications");
		assertThat(forNurse).contains("Latex", "Hives", "Medications", "61.2 kg");
		assertThat(audited("VIEW", id, "demographics")).isEqualTo(1);
		assertThat(audited("VIEW", id, "chart")).isEqualTo(1);
	}

	@Test
	void onlyAPrescriberAddsADiagnosisAndACodeFromTheListDescribesItself() throws Exception {
		long id = fixtures.chart("Morgan", "Dx", "seattle", SexAtBirth.MALE, "75", coordinator);

		mvc.perform(post("/staff/patients/" + id + "/diagnoses").param("icd10", "F33.2").with(csrf())
			.with(signedIn(nurse))).andReturn();
		assertThat(patients.summary(id).diagnoses()).isEmpty();

		mvc.perform(post("/staff/patients/" + id + "/diagnoses").param("icd10", "f332").with(csrf())
			.with(signedIn(prescriber))).andReturn();
		assertThat(patients.summary(id).diagnoses()).singleElement().satisfies(dx -> {
			assertThat(dx.icd10()).isEqualTo("F33.2");
			assertThat(dx.description()).startsWith("Major depressive disorder, recurrent");
			assertThat(dx.depressive()).isTrue();
		});
	}

	@Test
	void aStoppedMedicationStaysOnTheChartMarkedStopped() {
		long id = fixtures.chart("Kim", "Meds", "seattle", SexAtBirth.FEMALE, "64", coordinator);

		long sertraline = PatientFixtures.as(nurse,
				() -> patients.entries().addMedication(id, "Sertraline", "100 mg once a day"));
		PatientFixtures.as(prescriber, () -> {
			patients.entries().stopMedication(id, sertraline);
			return null;
		});

		var medications = PatientFixtures.as(nurse, () -> patients.chart(id, true).medications());
		assertThat(medications).singleElement().satisfies(m -> assertThat(m.stopped()).isTrue());
	}

	@Test
	void aReferralLetterIsStoredByItsContentAndComesBackAsADownload() throws Exception {
		long id = fixtures.chart("Ari", "Letter", "seattle", SexAtBirth.MALE, "70", coordinator);
		byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);

		mvc.perform(multipart("/staff/patients/" + id + "/documents")
			.file(new MockMultipartFile("file", "../../referral.pdf", "application/octet-stream", pdf))
			.param("kind", "REFERRAL_LETTER").param("title", "Referral from Dr. Lee")
			.with(csrf()).with(signedIn(coordinator))).andReturn();

		var document = PatientFixtures.as(coordinator, () -> patients.chart(id, false).documents()).get(0);
		assertThat(document.fileName()).isEqualTo("referral.pdf");
		assertThat(document.contentType()).isEqualTo("application/pdf");
		var download = mvc.perform(get("/staff/patients/" + id + "/documents/" + document.id())
			.with(signedIn(nurse))).andReturn().getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(audited("VIEW", id, "document:" + document.id())).isEqualTo(1);
	}

	@Test
	void aFileThatIsNotWhatItsNameSaysOrCarriesScriptsIsRefused() throws Exception {
		long id = fixtures.chart("Eve", "Upload", "seattle", SexAtBirth.FEMALE, "58", coordinator);
		byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		byte[] scripted = "%PDF-1.4\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n"
			.getBytes(StandardCharsets.US_ASCII);

		var notPdf = mvc.perform(multipart("/staff/patients/" + id + "/documents")
			.file(new MockMultipartFile("file", "letter.pdf", "application/pdf", program))
			.param("kind", "REFERRAL_LETTER").param("title", "Letter")
			.with(csrf()).with(signedIn(coordinator))).andReturn().getResponse();
		var withScript = mvc.perform(multipart("/staff/patients/" + id + "/documents")
			.file(new MockMultipartFile("file", "letter.pdf", "application/pdf", scripted))
			.param("kind", "REFERRAL_LETTER").param("title", "Letter")
			.with(csrf()).with(signedIn(coordinator))).andReturn().getResponse();

		assertThat(notPdf.getStatus()).isEqualTo(422);
		assertThat(notPdf.getContentAsString()).contains("Upload a PDF, PNG or JPEG file");
		assertThat(withScript.getStatus()).isEqualTo(422);
		assertThat(withScript.getContentAsString()).contains("contains scripts");
		assertThat(PatientFixtures.as(coordinator, () -> patients.chart(id, false).documents())).isEmpty();
	}

	@Test
	void aSearchByNameIsPostedSoTheNameNeverAppearsInAUrl() throws Exception {
		long id = fixtures.chart("Quinn", "Searchable", "seattle", SexAtBirth.MALE, "90", coordinator);
		var session = new org.springframework.mock.web.MockHttpSession();

		var posted = mvc.perform(post("/staff/patients/search").param("q", "searchab").session(session).with(csrf())
			.with(signedIn(nurse))).andReturn().getResponse();
		String list = mvc.perform(get("/staff/patients").session(session).with(signedIn(nurse))).andReturn()
			.getResponse().getContentAsString();

		assertThat(posted.getRedirectedUrl()).isEqualTo("/staff/patients");
		assertThat(list).contains("/staff/patients/" + id, "Quinn Searchable");
	}

	@Test
	void aTherapistReadsTheChartButCannotChangeIt() throws Exception {
		var therapist = new StaffFixtures(context).create("Theo Therapist", StaffRole.THERAPIST);
		long id = fixtures.chart("Rae", "Reader", "seattle", SexAtBirth.FEMALE, "66", coordinator);

		int read = mvc.perform(get("/staff/patients/" + id).with(signedIn(therapist))).andReturn().getResponse()
			.getStatus();
		int write = mvc.perform(post("/staff/patients/" + id + "/contacts").param("contactKind", "ESCORT")
			.param("contactName", "Pat").param("contactRelationship", "friend").param("contactPhone", "2065550100")
			.with(csrf()).with(signedIn(therapist))).andReturn().getResponse().getStatus();

		assertThat(read).isEqualTo(200);
		assertThat(write).isEqualTo(403);
		assertThat(patients.summary(id).hasEscort()).isFalse();
	}

	private int audited(String action, long patient, String category) {
		return jdbc.sql("""
				select count(*) from audit_event where subject_type = 'patient' and subject_id = ? and action = ?
				    and data_category = ?""")
			.params(Long.toString(patient), action, category)
			.query(Integer.class)
			.single();
	}

	private static org.springframework.util.MultiValueMap<String, String> opening(String first, String last,
			String born, String heightCm, String weightKg) {
		var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
		params.add("firstName", first);
		params.add("lastName", last);
		params.add("dateOfBirth", born);
		params.add("sexAtBirth", "MALE");
		params.add("phone", "(206) 555-0142");
		params.add("email", "jordan@example.org");
		params.add("homeClinic", "seattle");
		params.add("heightCm", heightCm);
		params.add("childbearingPotential", "false");
		params.add("weightKg", weightKg);
		params.add("contactKind", "EMERGENCY");
		params.add("contactName", "Robin Rivers");
		params.add("contactRelationship", "partner");
		params.add("contactPhone", "(206) 555-0199");
		return params;
	}
}
