package org.ketamineclinic.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.treatment.OrderManagement;
import org.ketamineclinic.treatment.TreatmentFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A week and four weeks after the last infusion of a completed series the patient gets the questionnaires once each:
 * not before, not twice, and not at all when the series was stopped early.
 */
@ClinicIntegrationTest
class QuestionnairesAfterSeriesTest {

	/** Wednesday, March 3, 2027, 6 PM in Seattle: the last infusion of the series starts. */
	static final Instant LAST_INFUSION = Instant.parse("2027-03-04T02:00:00Z");

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	QuestionnairesAfterSeries followUps;

	@Autowired
	PatientManagement patients;

	TreatmentFixtures team;

	@BeforeEach
	void aCareTeam() {
		clock.set(LAST_INFUSION.minus(Duration.ofDays(30)));
		team = new TreatmentFixtures(context);
	}

	@Test
	void aCompletedSeriesGetsTheQuestionnairesOnceAWeekAfterAndOnceFourWeeksAfter() {
		long patient = team.readyForInfusion("Finn", "Finished");
		long order = orderOf(patient);
		int planned = jdbc.sql("select infusions from treatment_order where id = ?").param(order).query(Integer.class)
			.single();
		for (int i = planned - 1; i >= 0; i--) {
			given(patient, order, LAST_INFUSION.minus(Duration.ofDays(3L * i)));
		}

		at(Duration.ofDays(7).minusMinutes(1));
		assertThat(followUpsFor(order)).as("not before a week").isZero();
		at(Duration.ofDays(7));
		assertThat(followUpsFor(order)).as("a week after").isOne();
		at(Duration.ofDays(7).plusMinutes(5));
		assertThat(followUpsFor(order)).as("not twice").isOne();
		at(Duration.ofDays(27));
		assertThat(followUpsFor(order)).as("not before four weeks").isOne();
		at(Duration.ofDays(28));
		at(Duration.ofDays(28).plusHours(1));

		assertThat(followUpsFor(order)).as("four weeks after, once").isEqualTo(2);
		assertThat(jdbc.sql("""
				select count(*) from assessment_link l join assessment_follow_up f on f.link_id = l.id
				where l.patient_id = ? and l.instruments = 'PHQ9,GAD7,CSSRS_SCREENER'""")
			.param(patient).query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select body from outbound_message where message_key like 'questionnaire:%:sms' "
				+ "and recipient = ? order by id")
			.param(patients.summary(patient).demographics().phone())
			.query(String.class).list()).hasSize(2).allSatisfy(sms -> assertThat(sms)
				.contains("how you have been since your infusions", "/q/").doesNotContain("Finn", "Finished"));
	}

	@Test
	void aSeriesStoppedBeforeItsLastInfusionGetsNoFollowUpQuestionnaires() {
		long patient = team.readyForInfusion("Stella", "Stopped");
		long order = orderOf(patient);
		given(patient, order, LAST_INFUSION.minus(Duration.ofDays(3)));
		given(patient, order, LAST_INFUSION);
		clock.set(LAST_INFUSION.plus(Duration.ofDays(1)));
		TreatmentFixtures.run(team.prescriber, () -> context.getBean(OrderManagement.class).discontinue(order,
				"Side effects outweighed the benefit"));

		at(Duration.ofDays(7));
		at(Duration.ofDays(28));

		assertThat(followUpsFor(order)).isZero();
	}

	/** Runs the job this long after the last infusion. */
	private void at(Duration afterLastInfusion) {
		clock.set(LAST_INFUSION.plus(afterLastInfusion));
		followUps.sendDue();
	}

	private long orderOf(long patient) {
		return jdbc.sql("select id from treatment_order where patient_id = ? and discontinued_at is null")
			.param(patient).query(Long.class).single();
	}

	/** An infusion given at {@code at}, as the treatment module stores one (the session's details left out). */
	private void given(long patient, long order, Instant at) {
		jdbc.sql("""
				insert into infusion_session (patient_id, order_id, clinic, opened_by, opened_at, started_at,
				    administered_mg)
				values (?, ?, 'seattle', ?, ?, ?, ?)""")
			.params(patient, order, team.nurse.id(), Timestamp.from(at.minus(Duration.ofHours(1))), Timestamp.from(at),
					new BigDecimal("40.0"))
			.update();
	}

	private int followUpsFor(long order) {
		return jdbc.sql("select count(*) from assessment_follow_up where order_id = ?").param(order)
			.query(Integer.class).single();
	}
}
