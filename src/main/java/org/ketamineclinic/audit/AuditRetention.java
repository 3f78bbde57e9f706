package org.ketamineclinic.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the oldest audit rows once they are older than the retention period, without giving up tamper evidence:
 * only the oldest rows go (the chain stays one unbroken run), only rows whose own links and hashes still match (a
 * broken part stays as evidence), and the same transaction leaves an anchor (the last removed row's id and hash)
 * that verification starts from, and records the removal in the chain itself, which vouches for the anchor.
 */
@Service
public class AuditRetention {

	/** Serialises removals across instances: two removals from the same anchor would each anchor their own end. */
	private static final long LOCK = 0x61756469745f7265L; // "audit_re"

	private final JdbcClient jdbc;

	private final AuditTrail trail;

	private final AuditAnchors anchors;

	private final Clock clock;

	AuditRetention(JdbcClient jdbc, AuditTrail trail, AuditAnchors anchors, Clock clock) {
		this.jdbc = jdbc;
		this.trail = trail;
		this.anchors = anchors;
		this.clock = clock;
	}

	/**
	 * Removes at most {@code atMost} of the oldest rows written before {@code cutoff}, stopping at the first row
	 * written on or after it (a row out of time order is kept, and so is everything after it, until it too is old).
	 * Joins the caller's transaction, so that the anchor, the removal and its record commit together.
	 */
	@Transactional
	public AuditRemoval removeOlderThan(Instant cutoff, int atMost) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
		AuditAnchor from = anchors.newest();
		var segment = new Segment(from, cutoff);
		jdbc.sql("select * from audit_event where id > ? order by id limit ?")
			.params(from.throughId(), atMost)
			.query(rs -> {
				segment.take(rs);
			});
		if (!segment.walk.intact()) {
			return AuditRemoval.refused("row " + segment.walk.broken() + ": " + segment.walk.reason());
		}
		if (segment.rows == 0) {
			return AuditRemoval.NOTHING;
		}
		long first = from.throughId() + 1;
		long last = segment.walk.lastId();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		anchors.add(new AuditAnchor(first, last, segment.walk.lastHash(), now), segment.rows, segment.oldest,
				segment.newest, cutoff);
		int deleted = jdbc.sql("delete from audit_event where id between ? and ?").params(first, last).update();
		if (deleted != segment.rows) {
			throw new IllegalStateException("expected to remove " + segment.rows + " audit rows, removed " + deleted);
		}
		// Counts and dates only: the ids removed, and the days they were written on.
		trail.record(new AuditRecord(AuditAnchors.ACTOR, "", AuditAction.DELETE, AuditAnchors.SUBJECT_TYPE,
				first + "-" + last, day(segment.oldest) + ".." + day(segment.newest), "", ""));
		return new AuditRemoval(segment.rows, first, last, segment.oldest, segment.newest, null);
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

	/** The oldest rows after the anchor, checked link by link, up to the first one that is not old enough. */
	private static final class Segment {

		final ChainWalk walk;

		final Instant cutoff;

		boolean ended;

		long rows;

		Instant oldest;

		Instant newest;

		Segment(AuditAnchor from, Instant cutoff) {
			this.walk = new ChainWalk(from.throughId(), from.throughHash());
			this.cutoff = cutoff;
		}

		void take(java.sql.ResultSet rs) throws java.sql.SQLException {
			if (ended) {
				return;
			}
			Instant at = ChainWalk.occurredAt(rs);
			if (!at.isBefore(cutoff) || !walk.check(rs)) {
				ended = true;
				return;
			}
			rows++;
			oldest = oldest == null || at.isBefore(oldest) ? at : oldest;
			newest = newest == null || at.isAfter(newest) ? at : newest;
		}
	}
}
