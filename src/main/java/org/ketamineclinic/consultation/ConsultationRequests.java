package org.ketamineclinic.consultation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

/** Stored consultation requests. */
interface ConsultationRequests extends CrudRepository<ConsultationRequest, Long> {

	Optional<ConsultationRequest> findBySubmissionKey(UUID submissionKey);

	Optional<ConsultationRequest> findByReferenceCode(String referenceCode);

	@Query("select * from consultation_request where fingerprint = :fingerprint and received_at >= :since "
			+ "order by received_at limit 1")
	Optional<ConsultationRequest> findRepeat(String fingerprint, Instant since);

	@Query("select count(*) from consultation_request where client_ip_hash = :ipHash and received_at >= :since")
	int countFromAddressSince(String ipHash, Instant since);

	@Query("select count(*) from consultation_request where phone_e164 = :phone and received_at >= :since")
	int countForPhoneSince(String phone, Instant since);
}
