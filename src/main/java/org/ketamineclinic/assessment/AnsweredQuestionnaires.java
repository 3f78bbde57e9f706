package org.ketamineclinic.assessment;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A patient's questionnaire responses (V19) with their answers, oldest first. Not audited: the caller records why. */
@Repository
class AnsweredQuestionnaires {

	private static final TypeReference<Map<String, Integer>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	AnsweredQuestionnaires(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AnsweredQuestionnaire> ofPatient(long patientId) {
		return jdbc.sql("""
				select id, instrument, answers, total, band, risk, submitted_at, source from assessment_response
				where patient_id = ? order by submitted_at, id""")
			.param(patientId)
			.query((rs, n) -> new AnsweredQuestionnaire(rs.getLong("id"),
					InstrumentCode.valueOf(rs.getString("instrument")),
					json.readValue(rs.getString("answers"), ANSWERS),
					(Integer) rs.getObject("total"), rs.getString("band"),
					rs.getString("risk") == null ? null : RiskLevel.valueOf(rs.getString("risk")),
					rs.getTimestamp("submitted_at").toInstant(), rs.getString("source")))
			.list();
	}
}
