package org.ketamineclinic;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.ketamineclinic.consultation.ConsultationManagement;
import org.ketamineclinic.consultation.ConsultationSubmission;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures operations watch: they say what the database says (a gauge that lies is worse than none), and a
 * request received is counted.
 */
@ClinicIntegrationTest
class OperationsMetersTest {

	@Autowired
	MeterRegistry registry;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRequestReceivedIsCountedAndWaitsForItsFirstContact() {
		double before = registry.get("clinic.consultation.requests").counter().count();
		double awaitingBefore = gauge("clinic.intake.awaiting.first.contact");
		var form = consultations.newForm();
		consultations.submit(new ConsultationSubmission("Mira", "Meters", "(206) 555-0177", "mira.meters@example.org",
				"seattle", "iv-infusions", "text", "morning", "", true, "", form.formToken(), form.submissionKey(),
				"192.0.2.77", "test"));

		assertThat(registry.get("clinic.consultation.requests").counter().count()).isEqualTo(before + 1);
		assertThat(gauge("clinic.intake.awaiting.first.contact")).isEqualTo(awaitingBefore + 1)
			.isEqualTo(count("select count(*) from consultation_request where first_contacted_at is null "
					+ "and status = 'NEW'"));
		assertThat(gauge("clinic.intake.oldest.awaiting.first.contact")).isNotNegative();
	}

	@Test
	void theOutboxAndSafetyGaugesSayWhatTheDatabaseSays() {
		assertThat(gauge("clinic.outbox.waiting")).isEqualTo(
				count("select count(*) from outbound_message where status in ('QUEUED', 'RETRY', 'SENDING')"));
		assertThat(gauge("clinic.outbox.uncertain"))
			.isEqualTo(count("select count(*) from outbound_message where status = 'UNCERTAIN'"));
		assertThat(gauge("clinic.safety.alerts.open"))
			.isEqualTo(count("select count(*) from safety_alert where acknowledged_at is null"));
	}

	private double gauge(String name) {
		return registry.get(name).gauge().value();
	}

	private double count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
