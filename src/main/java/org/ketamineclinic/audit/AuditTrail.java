package org.ketamineclinic.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit module's API. {@link #record} appends a row in the caller's transaction, so the record of a change is
 * committed with the change or not at all; {@link #verify} walks the chain and names the first row that does not
 * match. Rows older than the retention period are removed by {@link AuditRetention}, which leaves an anchor the
 * walk starts from.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditAnchors anchors;

	AuditTrail(JdbcClient jdbc, Clock clock, AuditAnchors anchors) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.anchors = anchors;
	}

	/** Appends one row; joins the caller's transaction (or starts one), and returns the row's id. */
	@Transactional(propagation = Propagation.REQUIRED)
	public long record(AuditRecord record) {
		// Locking the head puts writers in one order: each row links to the one before it.
		var head = jdbc.sql("select last_id, last_hash from audit_chain_head for update")
			.query((rs, row) -> new Head(rs.getLong("last_id"), rs.getString("last_hash")))
			.single();
		long id = head.lastId() + 1;
		// PostgreSQL keeps microseconds: hash what is stored, so that verification recomputes the same value.
		Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String hash = AuditHash.of(head.lastHash(), id, occurredAt, record);
		jdbc.sql("""
				insert into audit_event (id, occurred_at, actor, actor_roles, action, subject_type, subject_id,
				                         data_category, source_ip, request_id, previous_hash, hash)
				values (:id, :at, :actor, :roles, :action, :subjectType, :subjectId, :category, :ip, :requestId,
				        :previous, :hash)""")
			.param("id", id)
			.param("at", Timestamp.from(occurredAt))
			.param("actor", record.actor())
			.param("roles", record.actorRoles())
			.param("action", record.action().name())
			.param("subjectType", record.subjectType())
			.param("subjectId", record.subjectId())
			.param("category", record.dataCategory())
			.param("ip", record.sourceIp())
			.param("requestId", record.requestId())
			.param("previous", head.lastHash())
			.param("hash", hash)
			.update();
		jdbc.sql("update audit_chain_head set last_id = ?, last_hash = ?").params(id, hash).update();
		return id;
	}

	/**
	 * Walks the chain in order from where it begins now (the newest retention anchor, or the first row when nothing
	 * was ever removed) and stops at the first row that does not match. One snapshot for the anchor, the rows and the
	 * head, so that rows written or removed meanwhile never look like a gap.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ChainVerification verify() {
		AuditAnchor anchor = anchors.newest();
		var walk = new ChainWalk(anchor.throughId(), anchor.throughHash());
		jdbc.sql("select * from audit_event where id > ? order by id")
			.param(anchor.throughId())
			.withFetchSize(1_000)
			.query(rs -> {
				walk.check(rs);
			});
		if (walk.intact()) {
			var head = jdbc.sql("select last_id, last_hash from audit_chain_head")
				.query((rs, row) -> new Head(rs.getLong("last_id"), rs.getString("last_hash")))
				.single();
			if (head.lastId() != walk.lastId() || !head.lastHash().equals(walk.lastHash())) {
				walk.fail(walk.lastId() + 1, "rows after " + walk.lastId() + " are missing from the end of the chain");
			}
		}
		if (walk.intact() && !anchors.vouchedFor(anchor)) {
			walk.fail(anchor.firstId(), "rows " + anchor.removedRange()
					+ " were removed, but the chain holds no record of retention removing them");
		}
		return new ChainVerification(walk.rows(), walk.broken(), walk.reason(), anchor.throughId());
	}

	/** Everything recorded about one subject, oldest first. */
	@Transactional(readOnly = true)
	public java.util.List<AuditEntry> historyOf(String subjectType, String subjectId) {
		return jdbc.sql("select * from audit_event where subject_type = ? and subject_id = ? order by id")
			.params(subjectType, subjectId)
			.query((rs, row) -> entry(rs))
			.list();
	}

	/** One page of rows matching {@code query}, newest first, and how many match in all. */
	@Transactional(readOnly = true)
	public AuditPage search(AuditQuery query) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, params);
		long total = jdbc.sql("select count(*) from audit_event " + where).params(params).query(Long.class).single();
		params.put("limit", AuditQuery.PAGE_SIZE);
		params.put("offset", (long) (query.page() - 1) * AuditQuery.PAGE_SIZE);
		var rows = jdbc.sql("select * from audit_event " + where + " order by id desc limit :limit offset :offset")
			.params(params)
			.query((rs, row) -> entry(rs))
			.list();
		return new AuditPage(rows, total, query);
	}

	/** Every row matching {@code query} (all pages), oldest first, streamed to {@code sink} one at a time. */
	@Transactional(readOnly = true)
	public void export(AuditQuery query, Consumer<AuditEntry> sink) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, params);
		jdbc.sql("select * from audit_event " + where + " order by id")
			.params(params)
			.withFetchSize(1_000)
			.query(rs -> {
				sink.accept(entry(rs));
			});
	}

	private static String where(AuditQuery query, Map<String, Object> params) {
		var where = new StringBuilder("where true");
		if (!query.actor().isEmpty()) {
			where.append(" and actor = :actor");
			params.put("actor", query.actor());
		}
		if (!query.subjectType().isEmpty()) {
			where.append(" and subject_type = :subjectType");
			params.put("subjectType", query.subjectType());
		}
		if (!query.subjectId().isEmpty()) {
			where.append(" and subject_id = :subjectId");
			params.put("subjectId", query.subjectId());
		}
		if (!query.action().isEmpty()) {
			where.append(" and action = :action");
			params.put("action", query.action());
		}
		if (query.from() != null) {
			where.append(" and occurred_at >= :from");
			params.put("from", Timestamp.from(query.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (query.to() != null) {
			where.append(" and occurred_at < :to");
			params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		return where.toString();
	}

	static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("actor_roles"), AuditAction.valueOf(rs.getString("action")),
				rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("data_category"),
				rs.getString("source_ip"), rs.getString("request_id"));
	}

	private record Head(long lastId, String lastHash) {
	}
}
