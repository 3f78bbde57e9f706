package org.ketamineclinic.substances;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The whole ledger as one list of lines, in the order things happened: for a vial's history and for exports. */
@Repository
class LedgerLines {

	private static final String LINES = """
			select * from (
			    select m.recorded_at as at, m.vial_id, v.location_slug, v.lot, m.kind as entry, m.change_mg as mg,
			        m.change_ml as ml, m.balance_mg, m.balance_ml, d.id as draw_id, d.session_reference, d.patient_id,
			        m.recorded_by as by_id, m.witness_id, coalesce(m.how, m.reason) as note, 1 as part, m.id as row_id
			    from substance_movement m join substance_vial v on v.id = m.vial_id
			    left join substance_draw d on d.movement_id = m.id
			    union all
			    select u.recorded_at, d.vial_id, v.location_slug, v.lot, u.kind, u.mg, u.ml, null, null, d.id,
			        d.session_reference, d.patient_id, u.recorded_by, u.witness_id, u.how, 2, u.id
			    from substance_draw_use u join substance_draw d on d.id = u.draw_id
			    join substance_vial v on v.id = d.vial_id
			    union all
			    select c.counted_at, c.vial_id, c.location_slug, v.lot, 'COUNTED', null, c.counted_ml, null,
			        c.expected_ml, null, null, null, c.counted_by, null,
			        case when s.id is null then null else 'Discrepancy ' || s.id end, 3, c.id
			    from substance_count c join substance_vial v on v.id = c.vial_id
			    left join substance_discrepancy s on s.count_id = c.id
			) line
			""";

	private static final String ORDER = " order by at, part, row_id";

	private final JdbcClient jdbc;

	LedgerLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<LedgerLine> ofVial(long vialId) {
		return jdbc.sql(LINES + "where vial_id = ?" + ORDER).param(vialId).query(LedgerLines::line).list();
	}

	/** Lines recorded from {@code from} (inclusive) to {@code until} (exclusive). */
	List<LedgerLine> between(Instant from, Instant until) {
		return jdbc.sql(LINES + "where at >= ? and at < ?" + ORDER)
			.params(Timestamp.from(from), Timestamp.from(until))
			.query(LedgerLines::line)
			.list();
	}

	private static LedgerLine line(ResultSet rs, int row) throws SQLException {
		return new LedgerLine(rs.getTimestamp("at").toInstant(), rs.getLong("vial_id"), rs.getString("location_slug"),
				rs.getString("lot"), rs.getString("entry"), rs.getBigDecimal("mg"), rs.getBigDecimal("ml"),
				rs.getBigDecimal("balance_mg"), rs.getBigDecimal("balance_ml"), rs.getObject("draw_id", Long.class),
				rs.getString("session_reference"), rs.getObject("patient_id", Long.class), rs.getLong("by_id"),
				rs.getObject("witness_id", Long.class), rs.getString("note"));
	}
}
