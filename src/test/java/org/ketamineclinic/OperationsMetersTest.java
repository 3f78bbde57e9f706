package org.ketamineclinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;

import org.junit.jupiter.api.Test;
import org.ketamineclinic.consultation.ConsultationManagement;
import org.ketamineclinic.consultation.ConsultationSubmission;
import org.ketamineclinic.consultation.IntakeRequests;
import org.ketamineclinic.staff.StaffFixtures;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The figures operations watch: they say what the database says (a gauge that lies is worse than none), a request
 * received is counted, and its wait for a first contact is measured once.
 */
@ClinicIntegrationTest
class OperationsMetersTest {

	@Autowired
	MeterRegistry registry;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

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
		// With nothing waiting, an age is 0, never NaN (a dashboard gap, and no alert could ever fire on it).
		assertThat(gauge("clinic.outbox.oldest.waiting")).isNotNaN().isNotNegative();
		assertThat(gauge("clinic.safety.alerts.oldest.open")).isNotNaN().isNotNegative();
		assertThat(gauge("clinic.intake.oldest.awaiting.first.contact")).isNotNaN().isNotNegative();
	}

	@Test
	void aRequestsFirstContactRecordsItsWaitOnceASecondContactDoesNotRecordAgain() throws Exception {
		// Tuesday 10:00 in Seattle: the clinic is open, and the person has waited 20 minutes.
		Instant tuesdayTen = Instant.parse("2026-04-14T17:00:00Z");
		clock.set(tuesdayTen);
		var cora = new StaffFixtures(context).create("Cora Meters", StaffRole.INTAKE);
		long id = new IntakeRequests(jdbc).received("Tess", "Timer", "+12065550178", "tess.timer@example.org",
				"seattle", tuesdayTen.minus(Duration.ofMinutes(20)));
		Timer inHours = registry.get("clinic.intake.first.contact").tag("received", "in_hours").timer();
		long before = inHours.count();
		double secondsBefore = inHours.totalTime(TimeUnit.SECONDS);
		double within15MinutesBefore = bucket(inHours, Duration.ofMinutes(15));
		double withinAnHourBefore = bucket(inHours, Duration.ofHours(1));
		long outOfHoursBefore = registry.get("clinic.intake.first.contact").tag("received", "out_of_hours").timer()
			.count();

		contact(id, cora, "NO_ANSWER");

		assertThat(inHours.count()).isEqualTo(before + 1);
		assertThat(inHours.totalTime(TimeUnit.SECONDS)).isEqualTo(secondsBefore + 20 * 60);
		assertThat(bucket(inHours, Duration.ofMinutes(15))).isEqualTo(within15MinutesBefore);
		assertThat(bucket(inHours, Duration.ofHours(1))).isEqualTo(withinAnHourBefore + 1);

		clock.advance(Duration.ofMinutes(30));
		contact(id, cora, "REACHED");

		assertThat(inHours.count()).isEqualTo(before + 1);
		assertThat(inHours.totalTime(TimeUnit.SECONDS)).isEqualTo(secondsBefore + 20 * 60);
		assertThat(registry.get("clinic.intake.first.contact").tag("received", "out_of_hours").timer().count())
			.isEqualTo(outOfHoursBefore);
	}

	private void contact(long id, StaffFixtures.Staffer who, String outcome) throws Exception {
		int version = jdbc.sql("select version from consultation_request where id = ?").param(id)
			.query(Integer.class).single();
		var response = mvc.perform(post("/staff/consultations/" + id + "/contact").with(csrf())
			.with(StaffFixtures.signedIn(who)).param("version", Integer.toString(version)).param("channel", "PHONE")
			.param("outcome", outcome)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
	}

	/** How many waits fell within {@code limit} (a service-level bucket of the histogram). */
	private static double bucket(Timer timer, Duration limit) {
		return Arrays.stream(timer.takeSnapshot().histogramCounts())
			.filter(b -> b.bucket(TimeUnit.SECONDS) == limit.toSeconds())
			.mapToDouble(CountAtBucket::count)
			.findFirst()
			.orElseThrow();
	}

	private double gauge(String name) {
		return registry.get(name).gauge().value();
	}

	private double count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
