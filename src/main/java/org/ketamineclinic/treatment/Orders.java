package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Order rows (V15). Only a discontinuation is written later; the database refuses any other change. */
@Repository
class Orders {

	private final JdbcClient jdbc;

	Orders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long patient, String program, int infusions, DoseOrder order, DoseRequest request, Signer signer) {
		DoseCalculation c = order.calculation();
		return jdbc.sql("""
				insert into treatment_order (patient_id, program, infusions, mg_per_kg, weight_basis, infusion_minutes,
				    concentration_mg_per_ml, diluent_ml, override_reason, weight_kg_at_order, calculation, signed_by,
				    signed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(patient, program, infusions, c.mgPerKg(), request.basis().name(), request.infusionMinutes(),
					request.concentrationMgPerMl(), request.diluent(), order.overrideReason(), request.weightKg(),
					String.join("\n", c.formula()), signer.id(), Timestamp.from(signer.at()))
			.query(Long.class)
			.single();
	}

	boolean discontinue(long id, String reason, long by, Instant at) {
		return jdbc.sql("""
				update treatment_order set discontinued_at = ?, discontinued_by = ?, discontinue_reason = ?
				where id = ? and discontinued_at is null""")
			.params(Timestamp.from(at), by, reason, id)
			.update() == 1;
	}

	Optional<OrderView> find(long id, Function<Long, String> names) {
		return jdbc.sql("select * from treatment_order where id = ?").param(id).query((rs, n) -> view(rs, names))
			.optional();
	}

	List<OrderView> of(long patient, Function<Long, String> names) {
		return jdbc.sql("select * from treatment_order where patient_id = ? order by signed_at desc, id desc")
			.param(patient)
			.query((rs, n) -> view(rs, names))
			.list();
	}

	private static OrderView view(ResultSet rs, Function<Long, String> names) throws SQLException {
		Timestamp stopped = rs.getTimestamp("discontinued_at");
		return new OrderView(rs.getLong("id"), rs.getLong("patient_id"), rs.getString("program"),
				rs.getInt("infusions"), rs.getBigDecimal("mg_per_kg").stripTrailingZeros(),
				WeightBasis.valueOf(rs.getString("weight_basis")), rs.getInt("infusion_minutes"),
				rs.getBigDecimal("concentration_mg_per_ml"), rs.getBigDecimal("diluent_ml"),
				rs.getString("override_reason"), rs.getBigDecimal("weight_kg_at_order"),
				List.of(rs.getString("calculation").split("\n")), names.apply(rs.getLong("signed_by")),
				rs.getTimestamp("signed_at").toInstant(), stopped == null ? null : stopped.toInstant(),
				rs.getString("discontinue_reason"));
	}
}
