package org.ketamineclinic.outcomes;

import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;

import org.ketamineclinic.assessment.CompletedQuestionnaire;
import org.ketamineclinic.treatment.GivenInfusion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outcomes' own record (V21): every infusion given and every questionnaire total, as announced, and each
 * patient's first course worked out from them under the current {@link Definition}. Writing a fact and working out
 * the patient's course happen in one transaction, under a lock on the patient, so two facts arriving at once never
 * leave a course that misses one of them.
 */
@Repository
class Courses {

	/** The advisory-lock class for a patient's course; the second key is the patient id. */
	private static final int LOCK_CLASS = 4021;

	private final JdbcClient jdbc;

	Courses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void lock(long patient) {
		jdbc.sql("select pg_advisory_xact_lock(?, cast(? as int))").params(LOCK_CLASS, patient).query().singleRow();
	}

	/** Records an infusion once, however often it is announced. */
	void infusion(GivenInfusion given) {
		jdbc.sql("""
				insert into outcome_infusion (session_id, patient_id, order_id, location, program, mg_per_kg,
				    planned_infusions, started_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (session_id) do nothing""")
			.params(given.sessionId(), given.patientId(), given.orderId(), given.clinic(), given.program(),
					given.mgPerKg(), given.plannedInfusions(), Timestamp.from(given.startedAt()))
			.update();
	}

	/** Records a questionnaire's total once; unscorable ones measure nothing. */
	void measure(CompletedQuestionnaire questionnaire) {
		if (questionnaire.total() == null) {
			return;
		}
		jdbc.sql("""
				insert into outcome_measure (response_id, patient_id, instrument, total, taken_at)
				values (?, ?, ?, ?, ?) on conflict (response_id) do nothing""")
			.params(questionnaire.id(), questionnaire.patientId(), questionnaire.instrument().name(),
					questionnaire.total(), Timestamp.from(questionnaire.submittedAt()))
			.update();
	}

	/** Works out one patient's course again. */
	void refresh(long patient, Definition definition) {
		jdbc.sql(CourseDerivation.sql("where patient_id = :patient")).params(parameters(definition))
			.param("patient", patient)
			.update();
	}

	/** Works out every course again, and keeps the definition they were worked out under. */
	int refreshAll(Definition definition) {
		int courses = jdbc.sql(CourseDerivation.sql("")).params(parameters(definition)).update();
		jdbc.sql("""
				insert into outcome_definition (definition) values (?)
				on conflict (only_row) do update set definition = excluded.definition""")
			.param(definition.toString())
			.update();
		return courses;
	}

	Optional<String> definitionInUse() {
		return jdbc.sql("select definition from outcome_definition").query(String.class).optional();
	}

	private static Map<String, Object> parameters(Definition d) {
		return Map.of("instrument", d.instrument().name(), "baseline", d.baselineWithin().toSeconds(), "end",
				d.endOfSeries().toSeconds(), "followUp", d.followUp().toSeconds(), "window",
				d.window().toSeconds(), "kept", d.keptPerTenThousand());
	}
}
