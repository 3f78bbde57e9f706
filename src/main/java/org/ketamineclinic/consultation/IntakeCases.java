package org.ketamineclinic.consultation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves the workflow side of requests. Saving checks the version the coordinator saw: if someone else
 * saved in between, nothing is written and {@link ConcurrentChange} says so (optimistic locking). The form's part of
 * the row, and its consent evidence, are never rewritten.
 */
@Repository
class IntakeCases {

	private final JdbcClient jdbc;

	IntakeCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<IntakeCase> find(long id) {
		return jdbc.sql("""
				select id, status, assignee, status_reason, contact_attempts, first_contacted_at, status_changed_at,
				       needs_review, version
				from consultation_request where id = ?""")
			.param(id)
			.query((rs, row) -> new IntakeCase(rs.getLong("id"), RequestStatus.valueOf(rs.getString("status")),
					rs.getObject("assignee", Long.class), rs.getString("status_reason"), rs.getInt("contact_attempts"),
					instant(rs.getTimestamp("first_contacted_at")), instant(rs.getTimestamp("status_changed_at")),
					rs.getBoolean("needs_review"), rs.getInt("version")))
			.optional();
	}

	/** Saves if nobody changed the request since version {@code seenVersion}; appends the timeline entries. */
	void save(IntakeCase intake, int seenVersion, List<IntakeActivity> activities) {
		int updated = jdbc.sql("""
				update consultation_request
				set status = ?, assignee = ?, status_reason = ?, contact_attempts = ?, first_contacted_at = ?,
				    status_changed_at = ?, needs_review = ?, version = version + 1
				where id = ? and version = ?""")
			.params(intake.status().name(), intake.assignee(), intake.statusReason(), intake.contactAttempts(),
					timestamp(intake.firstContactedAt()), timestamp(intake.statusChangedAt()), intake.needsReview(),
					intake.id(), seenVersion)
			.update();
		if (updated != 1) {
			throw new ConcurrentChange();
		}
		for (IntakeActivity activity : activities) {
			jdbc.sql("""
					insert into consultation_activity (consultation_request, occurred_at, actor, kind, from_status,
					                                   to_status, channel, outcome, note)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(intake.id(), timestamp(activity.occurredAt()), activity.actor(), activity.kind().name(),
						name(activity.fromStatus()), name(activity.toStatus()), name(activity.channel()),
						name(activity.outcome()), activity.note())
				.update();
		}
	}

	/** When a request arrived, and its preferred location (whose opening hours count for it). */
	Arrival arrival(long id) {
		return jdbc.sql("select received_at, preferred_location from consultation_request where id = ?")
			.param(id)
			.query((rs, row) -> new Arrival(rs.getTimestamp("received_at").toInstant(),
					rs.getString("preferred_location")))
			.single();
	}

	record Arrival(Instant receivedAt, String location) {
	}

	List<IntakeActivity> activities(long id) {
		return jdbc.sql("""
				select * from consultation_activity where consultation_request = ? order by occurred_at, id""")
			.param(id)
			.query((rs, row) -> new IntakeActivity(IntakeActivity.Kind.valueOf(rs.getString("kind")),
					instant(rs.getTimestamp("occurred_at")), rs.getObject("actor", Long.class),
					rs.getString("from_status") == null ? null : RequestStatus.valueOf(rs.getString("from_status")),
					rs.getString("to_status") == null ? null : RequestStatus.valueOf(rs.getString("to_status")),
					rs.getString("channel") == null ? null : ContactChannel.valueOf(rs.getString("channel")),
					rs.getString("outcome") == null ? null : ContactOutcome.valueOf(rs.getString("outcome")),
					rs.getString("note")))
			.list();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
