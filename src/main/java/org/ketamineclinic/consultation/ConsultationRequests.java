package org.ketamineclinic.consultation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

/** Stored consultation requests. */
interface ConsultationRequests extends CrudRepository<ConsultationRequest, Long> {

	Optional<ConsultationRequest> findBySubmissionKey(UUID submissionKey);

	/** The request this one repeats: sent with the same form key, or with the same entries since {@code since}. */
	@Query("select * from consultation_request where submission_key = :submissionKey "
			+ "or (fingerprint = :fingerprint and received_at >= :since) order by received_at limit 1")
	Optional<ConsultationRequest> findRepeat(UUID submissionKey, String fingerprint, Instant since);
}
