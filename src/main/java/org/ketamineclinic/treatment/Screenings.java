package org.ketamineclinic.treatment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Screening rows (V15). The database refuses to change a signed one. */
@Repository
class Screenings {

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	Screenings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long patient, ScreeningFacts facts, ScreeningOutcome outcome, long by, Instant at) {
		Map<String, Boolean> answers = new java.util.TreeMap<>();
		facts.answers().forEach((question, yes) -> answers.put(question.name(), yes));
		return jdbc.sql("""
				insert into treatment_screening (patient_id, answers, failed_trials, able_to_consent, resting_systolic,
				    resting_diastolic, age_years, depressive_diagnosis, recommendation, reasons, recorded_by,
				    recorded_at)
				values (?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""")
			.params(patient, json.writeValueAsString(answers), facts.failedTrials(), facts.ableToConsent(),
					facts.restingSystolic(), facts.restingDiastolic(), facts.ageYears(), facts.depressiveDiagnosis(),
					outcome.recommendation().name(), String.join("\n", outcome.reasons()), by, Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	boolean decide(long id, ScreeningDecision decision, String note, long by, Instant at) {
		return jdbc.sql("""
				update treatment_screening set decision = ?, decision_note = ?, decided_by = ?, decided_at = ?
				where id = ? and decided_at is null""")
			.params(decision.name(), note, by, Timestamp.from(at), id)
			.update() == 1;
	}

	Optional<ScreeningView> find(long id, Function<Long, String> names) {
		return jdbc.sql("select * from treatment_screening where id = ?").param(id)
			.query((rs, n) -> view(rs, names)).optional();
	}

	List<ScreeningView> of(long patient, Function<Long, String> names) {
		return jdbc.sql("select * from treatment_screening where patient_id = ? order by recorded_at desc, id desc")
			.param(patient)
			.query((rs, n) -> view(rs, names))
			.list();
	}

	private ScreeningView view(ResultSet rs, Function<Long, String> names) throws SQLException {
		Map<ScreeningQuestion, Boolean> answers = new EnumMap<>(ScreeningQuestion.class);
		json.readTree(rs.getString("answers")).properties().forEach(e -> {
			try {
				answers.put(ScreeningQuestion.valueOf(e.getKey()), e.getValue().asBoolean());
			}
			catch (IllegalArgumentException retired) {
				// A question since retired from the form: the recommendation stored with it still says why.
			}
		});
		var facts = new ScreeningFacts(rs.getInt("age_years"), rs.getBoolean("depressive_diagnosis"), false,
				rs.getInt("failed_trials"), rs.getBoolean("able_to_consent"), (Integer) rs.getObject("resting_systolic"),
				(Integer) rs.getObject("resting_diastolic"), answers);
		var outcome = new ScreeningOutcome(Recommendation.valueOf(rs.getString("recommendation")),
				List.of(rs.getString("reasons").split("\n")));
		String decision = rs.getString("decision");
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new ScreeningView(rs.getLong("id"), rs.getLong("patient_id"), facts, outcome,
				rs.getTimestamp("recorded_at").toInstant(), names.apply(rs.getLong("recorded_by")),
				decision == null ? null : ScreeningDecision.valueOf(decision), rs.getString("decision_note"),
				decision == null ? null : names.apply(rs.getLong("decided_by")),
				decidedAt == null ? null : decidedAt.toInstant());
	}
}
