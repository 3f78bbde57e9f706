package org.ketamineclinic.substances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The ledger's screens: who may open them, receiving from an invoice, a vial's history, the CSV export. */
@ClinicIntegrationTest
class LedgerPagesTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SubstanceLedger ledger;

	SubstanceFixtures fixtures;

	String clinic;

	StaffFixtures.Staffer nurse;

	@BeforeEach
	void aClinic() {
		clock.set(Instant.parse("2026-12-07T17:00:00Z"));
		fixtures = new SubstanceFixtures(context);
		clinic = fixtures.clinic();
		nurse = fixtures.staff().create("Nina Nurse", StaffRole.NURSE);
	}

	@AfterEach
	void removeTheClinic() {
		fixtures.remove(clinic);
	}

	@Test
	void anIntakeCoordinatorCannotOpenTheLedgerButANurseCan() throws Exception {
		var coordinator = fixtures.staff().create("Casey Coordinator", StaffRole.INTAKE);
		assertThat(status(get("/staff/controlled-substances"), coordinator)).isEqualTo(403);
		assertThat(status(get("/staff/controlled-substances/export.csv?from=2026-12-01&to=2026-12-07"), coordinator))
			.isEqualTo(403);
		assertThat(status(get("/staff/controlled-substances?clinic=" + clinic), nurse)).isEqualTo(200);
	}

	@Test
	void aWasteIsRecordedOnlyWhenTheWitnessSignsWithTheirOwnCode() throws Exception {
		var witness = fixtures.staff().create("Wren Witness", StaffRole.NURSE);
		LocalDate today = LocalDate.of(2026, 12, 7);
		long vial = fixtures.receive(clinic, 1, "LOT-W", today.plusYears(1), today, nurse.id()).get(0);

		var unsigned = mvc.perform(post("/staff/controlled-substances/vials/" + vial + "/waste").param("drawId", "")
			.param("how", "Vial cracked").param("witnessId", Long.toString(witness.id()))
			.param("witnessIdCode", "000000").with(csrf()).with(StaffFixtures.signedIn(nurse))).andReturn()
			.getResponse();

		assertThat(unsigned.getStatus()).isEqualTo(422);
		assertThat(unsigned.getContentAsString()).contains("Wren Witness's current authenticator code");
		assertThat(fixtures.balanceMg(vial)).isEqualByComparingTo("500");

		clock.advance(java.time.Duration.ofSeconds(31));
		mvc.perform(post("/staff/controlled-substances/vials/" + vial + "/waste").param("drawId", "")
			.param("how", "Vial cracked").param("witnessId", Long.toString(witness.id()))
			.param("witnessIdCode", StaffFixtures.code(witness.secret(), clock.instant())).with(csrf())
			.with(StaffFixtures.signedIn(nurse))).andReturn();
		assertThat(fixtures.balanceMg(vial)).isEqualByComparingTo("0");
	}

	@Test
	void aReceiptWithAMistypedDeaNumberIsShownAgainWithWhatWasTypedAndNothingIsRecorded() throws Exception {
		var response = mvc.perform(receipt("AB1234564").with(StaffFixtures.signedIn(nurse))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("role=\"alert\"", "not a valid DEA number",
				"aria-describedby=\"supplierDeaNumber-error\"", "value=\"AB1234564\"", "value=\"LOT-WEB-1\"");
		assertThat(vialsOfLot()).isZero();

		var accepted = mvc.perform(receipt("AB1234563").with(StaffFixtures.signedIn(nurse))).andReturn().getResponse();
		assertThat(accepted.getStatus()).isEqualTo(302);
		assertThat(accepted.getRedirectedUrl()).isEqualTo("/staff/controlled-substances?clinic=" + clinic);
		assertThat(vialsOfLot()).isEqualTo(3);
	}

	@Test
	void aVialsHistoryNamesSessionAndPatientAndItsReadingIsAudited() throws Exception {
		LocalDate today = LocalDate.of(2026, 12, 7);
		long vial = fixtures.receive(clinic, 1, "LOT-H1", today.plusMonths(3), today, nurse.id()).get(0);
		ledger.draw(vial, clinic, "IS-3001", 314, new BigDecimal("35"), nurse.id());

		String page = mvc.perform(get("/staff/controlled-substances/vials/" + vial).with(StaffFixtures.signedIn(nurse)))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("IS-3001", "patient 314", "465.00 mg / 9.30 mL", "Rest of draw");
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'VIEW' and subject_type = 'substance-vial'
				    and subject_id = ? and data_category = 'controlled-substance'""")
			.param(Long.toString(vial)).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theCsvExportNeutralisesFormulasTypedIntoTheLedger() throws Exception {
		LocalDate today = LocalDate.of(2026, 12, 7);
		var witness = fixtures.staff().create("Pat Prescriber", StaffRole.PRESCRIBER);
		long vial = fixtures.receive(clinic, 1, "=HYPERLINK(\"http://x\")", today.plusMonths(3), today, nurse.id())
			.get(0);
		ledger.wastedVial(vial, "@SUM(1,2) dropped", nurse.id(), witness.id(), true);

		var response = mvc.perform(get("/staff/controlled-substances/export.csv?from=2026-12-07&to=2026-12-07")
			.with(StaffFixtures.signedIn(nurse))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/csv");
		String csv = response.getContentAsString();
		assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",RECEIVED,500.00,10.00,",
				",VIAL_WASTED,-500.00,-10.00,0.00,0.00,", "\"'@SUM(1,2) dropped\"")
			.doesNotContain(",=HYPERLINK", ",@SUM");
	}

	private MockHttpServletRequestBuilder receipt(String dea) {
		return post("/staff/controlled-substances/receive").with(csrf()).param("location", clinic)
			.param("concentration", "50").param("volumeMl", "10").param("vials", "3").param("lot", "LOT-WEB-1")
			.param("expiresOn", "2027-06-30").param("supplierName", "Cardinal Test Supply")
			.param("supplierDeaNumber", dea).param("receivedOn", "2026-12-07");
	}

	private int vialsOfLot() {
		return jdbc.sql("select count(*) from substance_vial where location_slug = ? and lot = 'LOT-WEB-1'")
			.param(clinic).query(Integer.class).single();
	}

	private int status(MockHttpServletRequestBuilder request, StaffFixtures.Staffer who) throws Exception {
		return mvc.perform(request.with(StaffFixtures.signedIn(who))).andReturn().getResponse().getStatus();
	}
}
