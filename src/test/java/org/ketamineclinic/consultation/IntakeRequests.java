package org.ketamineclinic.consultation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Consultation requests written straight into the table, as the public form would have stored them. */
public final class IntakeRequests {

	private final JdbcClient jdbc;

	public IntakeRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long received(String first, String last, String phone, String email, String location, Instant at) {
		return jdbc.sql("""
				insert into consultation_request (reference_code, submission_key, fingerprint, status, first_name,
				    last_name, phone_e164, email, preferred_location, program_interest, contact_method, best_time,
				    message, sms_consent, needs_review, review_reasons, rate_limited, client_ip_hash, received_at,
				    status_changed_at)
				values (:ref, :key, :fp, 'NEW', :first, :last, :phone, :email, :location, 'iv-infusions', 'phone',
				    'any', 'Nothing has helped so far.', false, false, '', false, :fp, :at, :at)
				returning id""")
			.param("ref", "KC-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase() + "-"
					+ UUID.randomUUID().toString().substring(0, 4).toUpperCase())
			.param("key", UUID.randomUUID())
			.param("fp", "0".repeat(64))
			.param("first", first)
			.param("last", last)
			.param("phone", phone)
			.param("email", email)
			.param("location", location)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	int version(long id) {
		return jdbc.sql("select version from consultation_request where id = ?").param(id).query(Integer.class).single();
	}

	String status(long id) {
		return jdbc.sql("select status from consultation_request where id = ?").param(id).query(String.class).single();
	}
}
