package org.ketamineclinic.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One walk along the audit chain in id order, from a known point: the genesis (row 0, a hash of zeros) or the newest
 * retention anchor. Each row must come next, link to the hash before it, and match its own hash; the walk
 * remembers the first row that does not, and looks at nothing after it.
 */
final class ChainWalk {

	static final String GENESIS_HASH = "0".repeat(64);

	private long lastId;

	private String lastHash;

	private long rows;

	private Long broken;

	private String reason = "";

	ChainWalk(long afterId, String afterHash) {
		this.lastId = afterId;
		this.lastHash = afterHash;
	}

	/** Checks the next row of a {@code select * from audit_event … order by id}; false once the chain is broken. */
	boolean check(ResultSet rs) throws SQLException {
		if (broken != null) {
			return false;
		}
		long id = rs.getLong("id");
		var record = new AuditRecord(rs.getString("actor"), rs.getString("actor_roles"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("subject_type"), rs.getString("subject_id"),
				rs.getString("data_category"), rs.getString("source_ip"), rs.getString("request_id"));
		String previous = rs.getString("previous_hash");
		rows++;
		if (id != lastId + 1) {
			fail(lastId + 1, "row " + (lastId + 1) + " is missing");
		}
		else if (!previous.equals(lastHash)) {
			fail(id, "does not link to the row before it");
		}
		else if (!AuditHash.of(previous, id, occurredAt(rs), record).equals(rs.getString("hash"))) {
			fail(id, "its content does not match its hash");
		}
		lastId = id;
		lastHash = rs.getString("hash");
		return broken == null;
	}

	static Instant occurredAt(ResultSet rs) throws SQLException {
		return rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
	}

	void fail(long id, String why) {
		if (broken == null) {
			broken = id;
			reason = why;
		}
	}

	boolean intact() {
		return broken == null;
	}

	long lastId() {
		return lastId;
	}

	String lastHash() {
		return lastHash;
	}

	long rows() {
		return rows;
	}

	Long broken() {
		return broken;
	}

	String reason() {
		return reason;
	}
}
