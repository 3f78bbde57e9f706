package org.ketamineclinic.audit;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The anchors retention leaves where it removed the oldest audit rows ({@code audit_anchor}, append-only), and the
 * check that the newest one is vouched for by the chain itself.
 */
@Component
class AuditAnchors {

	/** Who removes audit rows, as the chain records it. */
	static final String ACTOR = "retention";

	static final String SUBJECT_TYPE = "audit-trail";

	private final JdbcClient jdbc;

	AuditAnchors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where the chain begins now: the newest anchor, or the genesis when nothing was ever removed. */
	AuditAnchor newest() {
		return jdbc.sql("""
				select first_id, through_id, through_hash, recorded_at from audit_anchor
				order by through_id desc limit 1""")
			.query((rs, row) -> new AuditAnchor(rs.getLong("first_id"), rs.getLong("through_id"),
					rs.getString("through_hash"), rs.getTimestamp("recorded_at").toInstant()))
			.optional()
			.orElse(AuditAnchor.GENESIS);
	}

	void add(AuditAnchor anchor, long removedRows, Instant oldest, Instant newest, Instant cutoff) {
		jdbc.sql("""
				insert into audit_anchor (first_id, through_id, through_hash, removed_rows, oldest_removed,
				                          newest_removed, cutoff, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(anchor.firstId(), anchor.throughId(), anchor.throughHash(), removedRows, Timestamp.from(oldest),
					Timestamp.from(newest), Timestamp.from(cutoff), Timestamp.from(anchor.recordedAt()))
			.update();
	}

	/**
	 * Whether the chain after the anchor holds retention's record of removing exactly its rows. Anyone can add an
	 * anchor to the table; only the application can add a row to the chain without breaking it.
	 */
	boolean vouchedFor(AuditAnchor anchor) {
		return anchor.isGenesis() || jdbc.sql("""
				select exists (select 1 from audit_event
				               where subject_type = ? and subject_id = ? and actor = ? and action = ? and id > ?)""")
			.params(SUBJECT_TYPE, anchor.removedRange(), ACTOR, AuditAction.DELETE.name(), anchor.throughId())
			.query(Boolean.class)
			.single();
	}
}
