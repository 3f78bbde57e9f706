package org.ketamineclinic.substances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The daily count: a vial that does not hold what the book says is an alert (on every ledger screen, and by e-mail to
 * the administrators) until an administrator explains it; it is never corrected silently.
 */
@ClinicIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DailyCountTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	SubstanceLedger ledger;

	@Autowired
	DailyCounts counts;

	SubstanceFixtures fixtures;

	String clinic;

	StaffFixtures.Staffer nurse;

	StaffFixtures.Staffer admin;

	long full;

	long used;

	@BeforeEach
	void twoVials() {
		clock.set(Instant.parse("2026-12-07T17:00:00Z"));
		fixtures = new SubstanceFixtures(context);
		clinic = fixtures.clinic();
		nurse = fixtures.staff().create("Nina Nurse", StaffRole.NURSE);
		admin = fixtures.staff().create("Ada Admin", StaffRole.ADMIN);
		LocalDate today = LocalDate.of(2026, 12, 7);
		var vials = fixtures.receive(clinic, 2, "LOT-C1", today.plusMonths(6), today, nurse.id());
		full = vials.get(0);
		used = vials.get(1);
		ledger.draw(used, clinic, "IS-2001", 77, new BigDecimal("25"), nurse.id());
	}

	@AfterEach
	void removeTheClinic() {
		fixtures.remove(clinic);
	}

	@Test
	void aCountThatMatchesTheBookOpensNothing() {
		var result = counts.count(clinic, Map.of(full, new BigDecimal("10"), used, new BigDecimal("9.5")), nurse.id());
		assertThat(result.vialsCounted()).isEqualTo(2);
		assertThat(result.discrepancies()).isEmpty();
	}

	@Test
	void aShortCountOpensADiscrepancyThatAlertsTheAdminsAndShowsUntilAnAdminResolvesIt(CapturedOutput output)
			throws Exception {
		mvc.perform(post("/staff/controlled-substances/count").param("clinic", clinic)
			.param("ml-" + full, "10").param("ml-" + used, "9.2")
			.with(csrf()).with(StaffFixtures.signedIn(nurse)))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));

		var open = counts.open(clinic);
		assertThat(open).singleElement().satisfies(d -> {
			assertThat(d.vialId()).isEqualTo(used);
			assertThat(d.expectedMl()).isEqualByComparingTo("9.50");
			assertThat(d.differenceMl()).isEqualByComparingTo("-0.30");
		});
		assertThat(fixtures.balanceMg(used)).as("the book is not corrected by a count").isEqualByComparingTo("475");

		await().atMost(Duration.ofSeconds(10)).until(() -> output.getAll().contains("To: " + admin.email()));
		String mail = output.getAll().substring(output.getAll().indexOf("To: " + admin.email()));
		assertThat(mail).contains("Controlled-substance count discrepancy at Test " + clinic, "lot LOT-C1",
				"Expected (book): 9.50 mL", "Counted: 9.20 mL").doesNotContain("IS-2001", "patient");

		String page = mvc.perform(get("/staff/controlled-substances").param("clinic", clinic)
			.with(StaffFixtures.signedIn(nurse))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("data-discrepancy-banner", "lot LOT-C1", "expected 9.50 mL, counted 9.20 mL");

		long id = open.get(0).id();
		mvc.perform(post("/staff/controlled-substances/discrepancies/" + id + "/resolve")
			.param("explanation", "Recount by two nurses found 9.2 mL; syringe overfill on IS-2001.")
			.param("adjustBook", "yes").with(csrf()).with(StaffFixtures.signedIn(nurse)))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).as("a nurse cannot resolve").isEqualTo(403));
		assertThat(counts.open(clinic)).hasSize(1);

		mvc.perform(post("/staff/controlled-substances/discrepancies/" + id + "/resolve")
			.param("explanation", "Recount by two nurses found 9.2 mL; syringe overfill on IS-2001.")
			.param("adjustBook", "yes").with(csrf()).with(StaffFixtures.signedIn(admin)))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
		assertThat(counts.open(clinic)).isEmpty();
		assertThat(counts.discrepancy(id).orElseThrow().resolution()).startsWith("Recount by two nurses");
		assertThat(fixtures.balanceMg(used)).as("adjusted by a new entry").isEqualByComparingTo("460");
	}

	@Test
	void aCountWithAVialMissingIsRefusedAndKeepsWhatWasTyped() throws Exception {
		var response = mvc.perform(post("/staff/controlled-substances/count").param("clinic", clinic)
			.param("ml-" + full, "10").param("ml-" + used, "")
			.with(csrf()).with(StaffFixtures.signedIn(nurse))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("role=\"alert\"", "aria-describedby=\"ml-" + used + "-error\"",
				"value=\"10\"");
		assertThat(counts.open(clinic)).isEmpty();
	}
}
