package org.ketamineclinic.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.ketamineclinic.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The consultation module on its own (with the modules it depends on and the database): a stored request is
 * announced to the rest of the platform with its id and nothing else.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@Import(ConsultationModuleTest.Clocks.class)
class ConsultationModuleTest {

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void aStoredRequestIsAnnouncedWithItsIdOnly(Scenario scenario) {
		var form = consultations.newForm();
		clock.advance(java.time.Duration.ofMinutes(2));
		var submission = new ConsultationSubmission("Alex", "M", "(360) 555-0123", "alex.module@example.org",
				"virtual", "ketamine-therapy", "email", "evening", "", true, "", form.formToken(),
				form.submissionKey(), "192.0.2.44", "test");

		scenario.stimulate(() -> consultations.submit(submission))
			.andWaitForEventOfType(ConsultationRequested.class)
			.toArriveAndVerify((event, result) -> {
				assertThat(result).isInstanceOf(SubmissionResult.Accepted.class);
				var row = jdbc.sql("select reference_code, needs_review, sms_consent from consultation_request where id = ?")
					.param(event.consultationRequestId())
					.query()
					.singleRow();
				assertThat(row.get("reference_code"))
					.isEqualTo(((SubmissionResult.Accepted) result).receipt().referenceCode());
				assertThat(row).containsEntry("needs_review", false).containsEntry("sms_consent", true);
			});
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}
	}
}
