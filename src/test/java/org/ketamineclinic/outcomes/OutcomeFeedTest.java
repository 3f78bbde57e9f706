package org.ketamineclinic.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ketamineclinic.treatment.TreatmentFixtures.as;
import static org.ketamineclinic.treatment.TreatmentFixtures.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketamineclinic.ClinicIntegrationTest;
import org.ketamineclinic.TestClock;
import org.ketamineclinic.assessment.QuestionnaireAnswers;
import org.ketamineclinic.assessment.TabletForms;
import org.ketamineclinic.treatment.ChecklistEntry;
import org.ketamineclinic.treatment.InfusionControl;
import org.ketamineclinic.treatment.InfusionSessions;
import org.ketamineclinic.treatment.TreatmentFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outcomes follow the clinic's real work: a questionnaire answered on the tablet and an infusion given reach the
 * outcomes' record through the modules' events, and the patient's course is worked out from them.
 */
@ClinicIntegrationTest
class OutcomeFeedTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	QuestionnaireAnswers answers;

	@Autowired
	InfusionSessions sessions;

	@Autowired
	InfusionControl control;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	TreatmentFixtures team;

	@BeforeEach
	void aTeam() {
		clock.set(Instant.parse("2026-03-02T16:00:00Z"));
		team = new TreatmentFixtures(context);
	}

	@Test
	void aBaselineAnsweredBeforeTheFirstInfusionBecomesTheCoursesBaseline() {
		long patient = team.readyForInfusion("Olive", "Outcome");
		// PHQ-9 2,2,2,2,2,2,1,1,0 = 14 (moderate)
		run(team.nurse, () -> answers.submitOnTablet(patient,
				TabletForms.beforeInfusion(2, 2, 2, 2, 2, 2, 1, 1, 0)));
		clock.advance(Duration.ofMinutes(30));

		long session = as(team.nurse, () -> sessions.open(patient, null));
		run(team.nurse, () -> sessions.checklist(session, version(session), new ChecklistEntry("true", "true",
				"Robin Example", "(206) 555-0199", "NOT_REQUIRED", "80", "124", "78", "72", "98", "14")));
		long vial = team.vial();
		run(team.secondNurse, () -> sessions.checkDose(session, version(session), team.secondNurse.id(),
				team.code(team.secondNurse)));
		run(team.nurse, () -> sessions.start(session, version(session), Long.toString(vial)));
		clock.advance(Duration.ofMinutes(40));
		run(team.nurse, () -> control.complete(session, version(session)));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			Map<String, Object> course = jdbc.sql("""
					select location, infusions_given, planned_infusions, baseline_score, synthetic
					from outcome_course where patient_id = ?""").param(patient).query().singleRow();
			assertThat(course).containsEntry("location", "seattle").containsEntry("infusions_given", 1)
				.containsEntry("baseline_score", 14).containsEntry("synthetic", false);
		});
		assertThat(jdbc.sql("select count(*) from outcome_measure where patient_id = ?").param(patient)
			.query(Integer.class).single()).as("the PHQ-9 and GAD-7 totals; the C-SSRS has none").isEqualTo(2);
	}

	private int version(long session) {
		return jdbc.sql("select version from infusion_session where id = ?").param(session).query(Integer.class)
			.single();
	}
}
