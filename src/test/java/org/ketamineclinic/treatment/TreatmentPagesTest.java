package org.ketamineclinic.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketamineclinic.staff.StaffFixtures.signedIn;
import static org.ketamineclinic.treatment.TreatmentFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The treatment screens as staff and patients use them: consent by link, orders, the printed record. */
@ClinicIntegrationTest
class TreatmentPagesTest {

	static final Instant MONDAY_9 = Instant.parse("2026-12-07T17:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConsentManagement consent;

	@Autowired
	InfusionSessions sessions;

	TreatmentFixtures team;

	@BeforeEach
	void aCareTeam() {
		clock.set(MONDAY_9);
		team = new TreatmentFixtures(context);
	}

	@Test
	void aPatientSignsFromTheEmailedLinkOnceAndTheLinkNeverSaysWhoseItIs() throws Exception {
		long patient = team.chartedPatient("Lina", "Linked");

		mvc.perform(post("/staff/treatment/patients/" + patient + "/consent/link").with(csrf())
			.with(signedIn(team.nurse))).andReturn();
		String body = jdbc.sql("select body from outbound_message where message_key like 'consent-link:%' "
				+ "and recipient = ?").param("lina@example.org").query(String.class).single();
		var matcher = Pattern.compile("/consent/([A-Za-z0-9_-]+)").matcher(body);
		assertThat(matcher.find()).isTrue();
		String link = "/consent/" + matcher.group(1);

		String page = mvc.perform(get(link)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Consent to intravenous ketamine infusions").doesNotContain("Lina", "Linked");
		var wrongName = mvc.perform(post(link).param("typedName", "Someone Else").param("agreed", "true")
			.with(csrf())).andReturn().getResponse();
		assertThat(wrongName.getStatus()).isEqualTo(422);
		assertThat(consent.status(patient).hasCurrent()).isFalse();

		var signed = mvc.perform(post(link).param("typedName", "lina  linked").param("agreed", "true").with(csrf())
			.header("User-Agent", "Phone browser")).andReturn().getResponse();
		assertThat(signed.getStatus()).isEqualTo(303);
		assertThat(consent.status(patient).hasCurrent()).isTrue();
		assertThat(consent.status(patient).signatures().get(0).method()).isEqualTo("LINK");

		var again = mvc.perform(post(link).param("typedName", "Lina Linked").param("agreed", "true").with(csrf()))
			.andReturn().getResponse();
		assertThat(again.getStatus()).isEqualTo(422);
		assertThat(consent.status(patient).signatures()).hasSize(1);
	}

	@Test
	void onTheClinicTabletThePatientSeesTheFormAndAThankYouButNoStaffScreen() throws Exception {
		long patient = team.chartedPatient("Tab", "Lett");
		String form = mvc.perform(get("/staff/treatment/patients/" + patient + "/consent/tablet")
			.with(signedIn(team.nurse))).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Consent to intravenous ketamine infusions").doesNotContain("/staff/patients\"");

		var signed = mvc.perform(post("/staff/treatment/patients/" + patient + "/consent/tablet")
			.param("document", Long.toString(consent.current().id())).param("typedName", "Tab Lett")
			.param("agreed", "true").with(csrf()).with(signedIn(team.nurse))).andReturn().getResponse();
		String thanks = mvc.perform(get(signed.getRedirectedUrl()).with(signedIn(team.nurse))).andReturn()
			.getResponse().getContentAsString();

		assertThat(signed.getRedirectedUrl()).endsWith("/consent/tablet?signed=true");
		assertThat(thanks).contains("Please hand the tablet back").doesNotContain("/staff/patients\"");
		assertThat(consent.status(patient).signatures().get(0).method()).isEqualTo("TABLET");
	}

	@Test
	void aDoseAboveTheCeilingIsSignedOnlyWithAReason() throws Exception {
		long patient = team.chartedPatient("Cee", "Ceiling");
		team.approvedScreening(patient);

		var refused = mvc.perform(post("/staff/treatment/patients/" + patient + "/orders").param("infusions", "6")
			.param("mgPerKg", "1.2").param("weightBasis", "ACTUAL").param("infusionMinutes", "40")
			.param("concentrationMgPerMl", "10").param("diluentMl", "100")
			.param("prescriberCode", team.code(team.prescriber)).with(csrf()).with(signedIn(team.prescriber)))
			.andReturn().getResponse();

		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("above the ceiling of 1 mg/kg: give the reason");
		assertThat(jdbc.sql("select count(*) from treatment_order where patient_id = ?").param(patient)
			.query(Integer.class).single()).isZero();

		mvc.perform(post("/staff/treatment/patients/" + patient + "/orders").param("infusions", "6")
			.param("mgPerKg", "1.2").param("weightBasis", "ACTUAL").param("infusionMinutes", "40")
			.param("concentrationMgPerMl", "10").param("diluentMl", "100")
			.param("overrideReason", "Partial response at 1.0 mg/kg, tolerated well")
			.param("prescriberCode", team.code(team.prescriber)).with(csrf()).with(signedIn(team.prescriber)))
			.andReturn();
		assertThat(jdbc.sql("select override_reason from treatment_order where patient_id = ?").param(patient)
			.query(String.class).single()).isEqualTo("Partial response at 1.0 mg/kg, tolerated well");
	}

	@Test
	void aNurseCannotOrderAndAWrongCodeSignsNothing() throws Exception {
		long patient = team.chartedPatient("Nora", "Noorder");
		team.approvedScreening(patient);

		int asNurse = mvc.perform(post("/staff/treatment/patients/" + patient + "/orders").param("mgPerKg", "0.5")
			.with(csrf()).with(signedIn(team.nurse))).andReturn().getResponse().getStatus();
		var wrongCode = mvc.perform(post("/staff/treatment/patients/" + patient + "/orders").param("infusions", "6")
			.param("mgPerKg", "0.5").param("weightBasis", "ACTUAL").param("infusionMinutes", "40")
			.param("concentrationMgPerMl", "10").param("diluentMl", "100").param("prescriberCode", "000000")
			.with(csrf()).with(signedIn(team.prescriber))).andReturn().getResponse();

		assertThat(asNurse).isEqualTo(403);
		assertThat(wrongCode.getStatus()).isEqualTo(422);
		assertThat(wrongCode.getContentAsString()).contains("current authenticator code");
		assertThat(jdbc.sql("select count(*) from treatment_order where patient_id = ?").param(patient)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void onlyASignedRecordPrintsAndPrintingIsAudited() throws Exception {
		long patient = team.readyForInfusion("Pia", "Print");
		long session = as(team.nurse, () -> sessions.open(patient, null));

		var unsigned = mvc.perform(get("/staff/treatment/sessions/" + session + "/record.pdf")
			.with(signedIn(team.nurse))).andReturn().getResponse();
		assertThat(unsigned.getStatus()).isEqualTo(409);

		jdbc.sql("update infusion_session set signed_by = ?, signed_at = now() where id = ?")
			.params(team.nurse.id(), session).update();
		var printed = mvc.perform(get("/staff/treatment/sessions/" + session + "/record.pdf")
			.with(signedIn(team.nurse))).andReturn().getResponse();

		assertThat(printed.getStatus()).isEqualTo(200);
		assertThat(new String(printed.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
		assertThat(printed.getHeader("Content-Disposition")).doesNotContain("Pia", "Print");
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'PRINT' and subject_id = ? and data_category = ?""")
			.params(Long.toString(patient), "infusion-session:" + session).query(Integer.class).single()).isOne();
	}
}
