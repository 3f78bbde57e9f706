package org.ketamineclinic.substances;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts, discrepancies and their resolutions: rows written once, read back as {@link Discrepancy}. */
@Repository
class DiscrepancyStore {

	private static final String SELECT = """
			select d.id, d.vial_id, d.location_slug, v.lot, d.expected_ml, d.counted_ml, c.counted_by, d.opened_at,
			    r.explanation, r.resolved_by, r.resolved_at, coalesce(r.book_adjusted, false) as book_adjusted
			from substance_discrepancy d
			join substance_count c on c.id = d.count_id
			join substance_vial v on v.id = d.vial_id
			left join substance_discrepancy_resolution r on r.discrepancy_id = d.id
			""";

	private final JdbcClient jdbc;

	DiscrepancyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertCount(long vialId, String location, LocalDate day, BigDecimal countedMl, BigDecimal expectedMl,
			long by, Instant at) {
		return jdbc.sql("""
				insert into substance_count (vial_id, location_slug, count_date, counted_ml, expected_ml, counted_by,
				    counted_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(vialId, location, day, countedMl, expectedMl, by, Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	long open(long countId, long vialId, String location, BigDecimal expectedMl, BigDecimal countedMl,
			BigDecimal toleranceMl, Instant at) {
		return jdbc.sql("""
				insert into substance_discrepancy (count_id, vial_id, location_slug, expected_ml, counted_ml,
				    tolerance_ml, opened_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(countId, vialId, location, expectedMl, countedMl, toleranceMl, Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/** Locks the discrepancy, so that two administrators cannot resolve it at once. */
	Optional<Discrepancy> lock(long id) {
		boolean found = jdbc.sql("select id from substance_discrepancy where id = ? for update").param(id)
			.query(Long.class).optional().isPresent();
		return found ? find(id) : Optional.empty();
	}

	Optional<Discrepancy> find(long id) {
		return jdbc.sql(SELECT + "where d.id = ?").param(id).query(DiscrepancyStore::discrepancy).optional();
	}

	void resolve(long id, String explanation, boolean bookAdjusted, long by, Instant at) {
		jdbc.sql("""
				insert into substance_discrepancy_resolution (discrepancy_id, explanation, book_adjusted, resolved_by,
				    resolved_at)
				values (?, ?, ?, ?, ?)""")
			.params(id, explanation, bookAdjusted, by, Timestamp.from(at))
			.update();
	}

	/** Open discrepancies at a clinic, or everywhere when {@code location} is null; oldest first. */
	List<Discrepancy> open(String location) {
		return jdbc.sql(SELECT + "where r.discrepancy_id is null and (cast(? as varchar) is null or d.location_slug = ?) "
				+ "order by d.opened_at, d.id")
			.params(location, location)
			.query(DiscrepancyStore::discrepancy)
			.list();
	}

	List<Discrepancy> ofVial(long vialId) {
		return jdbc.sql(SELECT + "where d.vial_id = ? order by d.opened_at, d.id").param(vialId)
			.query(DiscrepancyStore::discrepancy).list();
	}

	private static Discrepancy discrepancy(ResultSet rs, int row) throws SQLException {
		Timestamp resolvedAt = rs.getTimestamp("resolved_at");
		long resolvedBy = rs.getLong("resolved_by");
		return new Discrepancy(rs.getLong("id"), rs.getLong("vial_id"), rs.getString("location_slug"),
				rs.getString("lot"), rs.getBigDecimal("expected_ml"), rs.getBigDecimal("counted_ml"),
				rs.getLong("counted_by"), rs.getTimestamp("opened_at").toInstant(), rs.getString("explanation"),
				resolvedAt == null ? null : resolvedBy, resolvedAt == null ? null : resolvedAt.toInstant(),
				rs.getBoolean("book_adjusted"));
	}
}
