package org.ketamineclinic.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Without a replica ({@code clinic.db.reports.url} unset, as in every other test) the reports read the primary, and
 * still through a pool that cannot write and cancels a runaway query.
 */
@ClinicIntegrationTest
class ReportsDatabaseTest {

	private static final long PATIENT = 9_200_001;

	@Autowired
	ReportsDatabase reports;

	@Autowired
	JdbcClient primary;

	@Autowired
	MeterRegistry meters;

	@Test
	void reportsReadWhatThePrimaryHolds() {
		assertThat(reports.replica()).isFalse();
		String database = reports.read(db -> db.sql("select current_database()").query(String.class).single());
		assertThat(database).isEqualTo(primary.sql("select current_database()").query(String.class).single());
		primary.sql("""
				insert into outcome_course (patient_id, order_id, location, program, mg_per_kg, planned_infusions,
				    infusions_given, first_infusion_at, last_infusion_at)
				values (?, ?, 'seattle', 'SERIES', 0.5, 6, 1, now(), now())""").params(PATIENT, PATIENT).update();
		try {
			int seen = reports.read(db -> db.sql("select count(*) from outcome_course where patient_id = ?")
				.param(PATIENT).query(Integer.class).single());
			assertThat(seen).isEqualTo(1);
		}
		finally {
			primary.sql("delete from outcome_course where patient_id = ?").param(PATIENT).update();
		}
	}

	@Test
	void aReportCannotWriteEvenToThePrimary() {
		assertThatThrownBy(() -> reports.read(db -> db.sql("""
				insert into outcome_course (patient_id, order_id, location, program, mg_per_kg, planned_infusions,
				    infusions_given, first_infusion_at, last_infusion_at)
				values (?, ?, 'seattle', 'SERIES', 0.5, 6, 1, now(), now())""").params(PATIENT, PATIENT).update()))
			.hasMessageContaining("read-only transaction");
		assertThat(primary.sql("select count(*) from outcome_course where patient_id = ?").param(PATIENT)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aReportsConnectionCarriesTheStatementTimeoutAndThePrimarysDoesNot() {
		String timeout = reports.read(db -> db.sql("show statement_timeout").query(String.class).single());
		assertThat(timeout).isEqualTo("1min");
		assertThat(primary.sql("show statement_timeout").query(String.class).single()).isEqualTo("0");
	}

	@Test
	void theReportsPoolIsMeasuredBesideThePrimarys() {
		assertThat(meters.find("hikaricp.connections.max").tag("pool", "clinic-reports").gauge().value()).isEqualTo(3);
		assertThat(meters.find("hikaricp.connections.max").tag("pool", "clinic").gauge()).isNotNull();
	}
}
