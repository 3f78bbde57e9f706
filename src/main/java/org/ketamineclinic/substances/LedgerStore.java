package org.ketamineclinic.substances;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the ledger's rows. Only inserts: a ledger entry is never changed (the tables' triggers refuse it).
 * A vial or a draw is locked (SELECT … FOR UPDATE) before its balance is read, in a statement of its own, so that
 * under READ COMMITTED the balance read afterwards includes whatever the previous holder of the lock wrote.
 */
@Repository
class LedgerStore {

	private final JdbcClient jdbc;

	LedgerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertVial(VialReceipt receipt, String product, String deaNumber, Instant at) {
		return jdbc.sql("""
				insert into substance_vial (location_slug, product, concentration_mg_per_ml, volume_ml, lot, expires_on,
				    supplier_name, supplier_dea_number, received_on, received_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(receipt.location(), product, receipt.concentration(), receipt.volumeMl(), receipt.lot().strip(),
					receipt.expiresOn(), receipt.supplierName().strip(), deaNumber, receipt.receivedOn(),
					receipt.receivedBy(), Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	Optional<Vial> lockVial(long id) {
		boolean found = jdbc.sql("select id from substance_vial where id = ? for update").param(id)
			.query(Long.class).optional().isPresent();
		if (!found) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select v.id, v.location_slug, v.lot, v.expires_on, v.concentration_mg_per_ml, m.balance_mg, m.seq
				from substance_vial v join substance_movement m on m.vial_id = v.id
				where v.id = ? order by m.seq desc limit 1""")
			.param(id)
			.query((rs, n) -> new Vial(rs.getLong("id"), rs.getString("location_slug"), rs.getString("lot"),
					rs.getObject("expires_on", LocalDate.class),
					new VialBalance(rs.getBigDecimal("balance_mg"), rs.getBigDecimal("concentration_mg_per_ml")),
					rs.getInt("seq")))
			.optional();
	}

	long insertMovement(long vialId, Movement movement, long by, Instant at, Witnessing waste, String reason,
			Long discrepancyId) {
		return jdbc.sql("""
				insert into substance_movement (vial_id, seq, kind, change_mg, change_ml, balance_mg, balance_ml,
				    recorded_by, recorded_at, how, witness_id, witness_attested, reason, discrepancy_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(vialId, movement.seq(), movement.kind(), movement.changeMg(), movement.changeMl(),
					movement.after().mg(), movement.after().ml(), by, Timestamp.from(at),
					waste == null ? null : waste.how(), waste == null ? null : waste.witnessId(),
					waste != null && waste.attested(), reason, discrepancyId)
			.query(Long.class)
			.single();
	}

	long insertDraw(long movementId, long vialId, String sessionReference, long patientId, Movement movement, long by,
			Instant at) {
		return jdbc.sql("""
				insert into substance_draw (movement_id, vial_id, session_reference, patient_id, drawn_mg, drawn_ml,
				    drawn_by, drawn_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(movementId, vialId, sessionReference, patientId, movement.changeMg().negate(),
					movement.changeMl().negate(), by, Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	Optional<Draw> lockDraw(long id) {
		boolean found = jdbc.sql("select id from substance_draw where id = ? for update").param(id)
			.query(Long.class).optional().isPresent();
		if (!found) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select d.id, d.drawn_mg, v.concentration_mg_per_ml,
				    coalesce((select sum(u.mg) from substance_draw_use u where u.draw_id = d.id), 0) as accounted,
				    coalesce((select max(u.seq) from substance_draw_use u where u.draw_id = d.id), 0) as last_seq
				from substance_draw d join substance_vial v on v.id = d.vial_id where d.id = ?""")
			.param(id)
			.query((rs, n) -> new Draw(rs.getLong("id"), rs.getBigDecimal("drawn_mg"), rs.getBigDecimal("accounted"),
					rs.getBigDecimal("concentration_mg_per_ml"), rs.getInt("last_seq")))
			.optional();
	}

	long insertUse(long drawId, Draw.Use use, long by, Instant at, Witnessing waste) {
		return jdbc.sql("""
				insert into substance_draw_use (draw_id, seq, kind, mg, ml, drawn_mg, accounted_mg, recorded_by,
				    recorded_at, how, witness_id, witness_attested)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(drawId, use.seq(), use.kind(), use.mg(), use.ml(), use.drawnMg(), use.accountedMg(), by,
					Timestamp.from(at), waste == null ? null : waste.how(), waste == null ? null : waste.witnessId(),
					waste != null && waste.attested())
			.query(Long.class)
			.single();
	}

	/** Vials at a clinic that still hold something, by id: what a count must cover. */
	java.util.List<Long> onHand(String location) {
		return jdbc.sql("""
				select v.id from substance_vial v
				join lateral (select m.balance_mg from substance_movement m where m.vial_id = v.id
				    order by m.seq desc limit 1) b on true
				where v.location_slug = ? and b.balance_mg > 0 order by v.id""")
			.param(location)
			.query(Long.class)
			.list();
	}

	/** The vial a draw came from, for the audit trail and the caller's screens. */
	long vialOfDraw(long drawId) {
		return jdbc.sql("select vial_id from substance_draw where id = ?").param(drawId).query(Long.class).single();
	}
}
