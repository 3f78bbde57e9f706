package org.ketamineclinic.substances;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ketamineclinic.location.Locations;
import org.ketamineclinic.staff.StaffFixtures;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clinic of a test's own, so that the vials other tests receive never enter its counts, and vials received there.
 * The clinic is removed after the test (the ledger's rows stay: they cannot be deleted, by design).
 */
final class SubstanceFixtures {

	/** A valid DEA number: 1+3+5 + 2×(2+4+6) = 33, check digit 3. */
	static final String SUPPLIER_DEA = "AB1234563";

	private final JdbcClient jdbc;

	private final Locations locations;

	private final SubstanceLedger ledger;

	private final StaffFixtures staff;

	SubstanceFixtures(ApplicationContext context) {
		this.jdbc = context.getBean(JdbcClient.class);
		this.locations = context.getBean(Locations.class);
		this.ledger = context.getBean(SubstanceLedger.class);
		this.staff = new StaffFixtures(context);
	}

	StaffFixtures staff() {
		return staff;
	}

	String clinic() {
		String slug = "cs-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("""
				insert into clinic_location (slug, title, name, description, street, city, region, postal_code, country,
				    phone_e164, time_zone, hours, details, body_md, sort_order, source_checksum)
				values (?, ?, ?, 'Test clinic', '1 Test Street', 'Seattle', 'WA', '98101', 'US', '+12065550100',
				    'America/Los_Angeles', '{"monday":["08:00","17:00"]}'::jsonb, '{"parking":"","transit":""}'::jsonb,
				    '', 99, ?)""")
			.params(slug, "Test " + slug, "Test clinic " + slug, "0".repeat(64))
			.update();
		await().atMost(Duration.ofSeconds(5)).until(() -> locations.bySlug(slug).isPresent());
		return slug;
	}

	void remove(String clinic) {
		jdbc.sql("delete from clinic_location where slug = ?").param(clinic).update();
	}

	/** Vials of 10 mL at 50 mg/mL (500 mg each), received today by {@code by}. */
	List<Long> receive(String clinic, int vials, String lot, LocalDate expiresOn, LocalDate today, long by) {
		return ledger.receive(new VialReceipt(clinic, new BigDecimal("50"), new BigDecimal("10"), vials, lot, expiresOn,
				"Cardinal Test Supply", SUPPLIER_DEA, today, by));
	}

	BigDecimal balanceMg(long vialId) {
		return jdbc.sql("select balance_mg from substance_movement where vial_id = ? order by seq desc limit 1")
			.param(vialId).query(BigDecimal.class).single();
	}

	int movements(long vialId) {
		return jdbc.sql("select count(*) from substance_movement where vial_id = ?").param(vialId)
			.query(Integer.class).single();
	}
}
