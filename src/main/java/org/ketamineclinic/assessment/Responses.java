package org.ketamineclinic.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Questionnaire responses (V19, V22), stored as given with their scores; the database refuses any change. */
@Repository
class Responses {

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	Responses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param source  LINK, TABLET (the patient answered) or CLINICIAN (a clinician rated, as for the MADRS)
	 * @param ratedBy the clinician who rated it; null when the patient answered
	 */
	long insert(long patient, Instrument instrument, Map<String, Integer> answers, Score score, boolean concern,
			String source, Long link, Long ratedBy, Instant at) {
		return jdbc.sql("""
				insert into assessment_response (patient_id, instrument, answers, total, band, risk, safety_concern,
				    source, link_id, rated_by, submitted_at)
				values (?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(patient, instrument.code().name(), json.writeValueAsString(new TreeMap<>(answers)), score.total(),
					score.band(), score.risk() == null ? null : score.risk().name(), concern, source, link, ratedBy,
					Timestamp.from(at))
			.query(Long.class)
			.single();
	}
}
