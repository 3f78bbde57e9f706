package org.ketamineclinic.substances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** Ketamine from the vial to the patient: every mg drawn is administered or wasted before a witness, never lost. */
@ClinicIntegrationTest
class SubstanceLedgerTest {

	static final Instant MONDAY = Instant.parse("2026-12-07T17:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	SubstanceLedger ledger;

	@Autowired
	SubstanceReports reports;

	@Autowired
	JdbcClient jdbc;

	SubstanceFixtures fixtures;

	String clinic;

	StaffFixtures.Staffer nurse;

	StaffFixtures.Staffer colleague;

	long vial;

	@BeforeEach
	void aVialOfFiveHundredMg() {
		clock.set(MONDAY);
		fixtures = new SubstanceFixtures(context);
		clinic = fixtures.clinic();
		nurse = fixtures.staff().create("Nina Nurse", StaffRole.NURSE);
		colleague = fixtures.staff().create("Pat Prescriber", StaffRole.PRESCRIBER);
		vial = fixtures.receive(clinic, 1, "LOT-A1", TODAY.plusMonths(6), TODAY, nurse.id()).get(0);
	}

	@AfterEach
	void removeTheClinic() {
		fixtures.remove(clinic);
	}

	@Test
	void aDrawAdministeredAndTheRestWastedBeforeAWitnessLeavesTheVialLessExactlyWhatWasDrawn() {
		DrawRecorded draw = ledger.draw(vial, clinic, "IS-1001", 42, new BigDecimal("35"), nurse.id());
		assertThat(draw.ml()).isEqualByComparingTo("0.70");
		assertThat(draw.vialBalanceMg()).isEqualByComparingTo("465");
		assertThat(draw.vialBalanceMl()).isEqualByComparingTo("9.30");

		ledger.administered(draw.drawId(), new BigDecimal("32.5"), nurse.id());
		ledger.wasted(draw.drawId(), new BigDecimal("2.5"), "Squirted into the drug disposal bag", nurse.id(),
				colleague.id(), true);

		assertThat(fixtures.balanceMg(vial)).isEqualByComparingTo("465");
		var history = reports.history(vial).orElseThrow();
		assertThat(history.openDraws()).as("drawn = administered + wasted: the draw is closed").isEmpty();
		assertThat(history.lines()).extracting(LedgerLine::entry)
			.containsExactly("RECEIVED", "DRAWN", "ADMINISTERED", "WASTED");
		assertThat(history.lines().get(3).witnessId()).isEqualTo(colleague.id());
		assertThat(history.lines().get(1).patientId()).isEqualTo(42L);
		assertThat(reports.lots(clinic)).singleElement()
			.satisfies(lot -> assertThat(lot.balanceMl()).isEqualByComparingTo("9.30"));
	}

	@Test
	void moreCannotBeAccountedForThanWasDrawn() {
		DrawRecorded draw = ledger.draw(vial, clinic, "IS-1002", 42, new BigDecimal("35"), nurse.id());
		ledger.administered(draw.drawId(), new BigDecimal("30"), nurse.id());
		assertThatThrownBy(() -> ledger.administered(draw.drawId(), new BigDecimal("5.01"), nurse.id()))
			.isInstanceOf(SubstanceRefusal.class)
			.hasMessageContaining("Only 5.00 mg of draw");
		assertThat(reports.history(vial).orElseThrow().openDraws()).singleElement()
			.satisfies(open -> assertThat(open.unaccountedMg()).isEqualByComparingTo("5"));
	}

	@Test
	void anOverdrawIsRefusedAndChangesNothing() {
		ledger.draw(vial, clinic, "IS-1003", 42, new BigDecimal("450"), nurse.id());
		int before = fixtures.movements(vial);

		assertThatThrownBy(() -> ledger.draw(vial, clinic, "IS-1004", 43, new BigDecimal("50.01"), nurse.id()))
			.isInstanceOf(SubstanceRefusal.class)
			.hasMessageContaining("holds only 50.00 mg (1.00 mL)");

		assertThat(fixtures.movements(vial)).isEqualTo(before);
		assertThat(fixtures.balanceMg(vial)).isEqualByComparingTo("50");
	}

	@Test
	void theDatabaseItselfRefusesANegativeBalanceOrAChangedEntry() {
		assertThatThrownBy(() -> jdbc.sql("""
				insert into substance_movement (vial_id, seq, kind, change_mg, change_ml, balance_mg, balance_ml,
				    recorded_by, recorded_at)
				values (?, 2, 'DRAWN', -600, -12, -100, -2, ?, now())""").params(vial, nurse.id()).update())
			.hasMessageContaining("check");
		assertThatThrownBy(() -> jdbc.sql("update substance_movement set balance_mg = 1000 where vial_id = ?")
			.param(vial).update()).hasMessageContaining("cannot be changed or removed");
		assertThatThrownBy(() -> jdbc.sql("delete from substance_vial where id = ?").param(vial).update())
			.hasMessageContaining("cannot be changed or removed");
	}

	@Test
	void expiredVialsAndVialsOfAnotherClinicCannotBeDrawnFrom() {
		assertThatThrownBy(() -> ledger.draw(vial, "seattle", "IS-1005", 42, BigDecimal.TEN, nurse.id()))
			.isInstanceOf(SubstanceRefusal.class)
			.hasMessageContaining("kept at another clinic");
		clock.set(MONDAY.plusSeconds(86_400L * 200));
		assertThatThrownBy(() -> ledger.draw(vial, clinic, "IS-1006", 42, BigDecimal.TEN, nurse.id()))
			.isInstanceOf(SubstanceRefusal.class)
			.hasMessageContaining("expired on");
		assertThat(fixtures.balanceMg(vial)).isEqualByComparingTo("500");
	}

	@Test
	void aWasteNeedsAWitnessWhoIsAnotherActiveClinicianAndWhoConfirms() {
		DrawRecorded draw = ledger.draw(vial, clinic, "IS-1007", 42, new BigDecimal("35"), nurse.id());
		var coordinator = fixtures.staff().create("Casey Coordinator", StaffRole.INTAKE);

		assertThatThrownBy(() -> ledger.wasted(draw.drawId(), new BigDecimal("35"), "Disposal bag", nurse.id(),
				nurse.id(), true)).isInstanceOf(SubstanceRefusal.class).hasMessageContaining("another person");
		assertThatThrownBy(() -> ledger.wasted(draw.drawId(), new BigDecimal("35"), "Disposal bag", nurse.id(),
				coordinator.id(), true)).isInstanceOf(SubstanceRefusal.class).hasMessageContaining("cannot witness");
		assertThatThrownBy(() -> ledger.wasted(draw.drawId(), new BigDecimal("35"), "Disposal bag", nurse.id(),
				colleague.id(), false)).isInstanceOf(SubstanceRefusal.class).hasMessageContaining("confirm");
		assertThat(reports.history(vial).orElseThrow().openDraws()).hasSize(1);

		ledger.wastedVial(vial, "Vial dropped and broke", nurse.id(), colleague.id(), true);
		assertThat(fixtures.balanceMg(vial)).isEqualByComparingTo("0");
		assertThat(reports.onHand(clinic)).isEmpty();
	}

	@Test
	void aReceiptWithAWrongDeaCheckDigitIsRefused() {
		var receipt = new VialReceipt(clinic, new BigDecimal("50"), BigDecimal.TEN, 2, "LOT-B", TODAY.plusYears(1),
				"Cardinal Test Supply", "AB1234564", TODAY, nurse.id());
		assertThat(ledger.problemsWith(receipt)).containsOnlyKeys("supplierDeaNumber");
		assertThatThrownBy(() -> ledger.receive(receipt)).isInstanceOf(SubstanceRefusal.class);
		assertThat(reports.onHand(clinic)).hasSize(1);
	}
}
