package org.ketamineclinic.substances;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Vials with their current balance (the last movement's), for the screens and reports. */
@Repository
class VialQueries {

	private static final String WITH_BALANCE = """
			select v.*, b.balance_mg, b.balance_ml from substance_vial v
			join lateral (select m.balance_mg, m.balance_ml from substance_movement m where m.vial_id = v.id
			    order by m.seq desc limit 1) b on true
			""";

	private final JdbcClient jdbc;

	VialQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Vials with something left at a clinic, soonest expiry first. */
	List<VialOnHand> onHand(String location, LocalDate today, int warningDays) {
		return jdbc.sql(WITH_BALANCE + "where v.location_slug = ? and b.balance_mg > 0 order by v.expires_on, v.lot, v.id")
			.param(location)
			.query((rs, n) -> {
				LocalDate expires = rs.getObject("expires_on", LocalDate.class);
				return new VialOnHand(rs.getLong("id"), rs.getString("location_slug"), rs.getString("product"),
						rs.getBigDecimal("concentration_mg_per_ml"), rs.getBigDecimal("volume_ml"), rs.getString("lot"),
						expires, rs.getBigDecimal("balance_mg"), rs.getBigDecimal("balance_ml"), today.isAfter(expires),
						!today.isAfter(expires) && !expires.isAfter(today.plusDays(warningDays)));
			})
			.list();
	}

	Optional<VialDetails> details(long id) {
		return jdbc.sql(WITH_BALANCE + "where v.id = ?")
			.param(id)
			.query((rs, n) -> new VialDetails(rs.getLong("id"), rs.getString("location_slug"), rs.getString("product"),
					rs.getBigDecimal("concentration_mg_per_ml"), rs.getBigDecimal("volume_ml"), rs.getString("lot"),
					rs.getObject("expires_on", LocalDate.class), rs.getString("supplier_name"),
					rs.getString("supplier_dea_number"), rs.getObject("received_on", LocalDate.class),
					rs.getLong("received_by"), rs.getBigDecimal("balance_mg"), rs.getBigDecimal("balance_ml")))
			.optional();
	}

	List<OpenDraw> openDraws(long vialId) {
		return jdbc.sql("""
				select d.*, d.drawn_mg - coalesce((select sum(u.mg) from substance_draw_use u where u.draw_id = d.id), 0)
				    as unaccounted
				from substance_draw d where d.vial_id = ? order by d.drawn_at, d.id""")
			.param(vialId)
			.query((rs, n) -> new OpenDraw(rs.getLong("id"), rs.getLong("vial_id"), rs.getString("session_reference"),
					rs.getLong("patient_id"), rs.getBigDecimal("drawn_mg"), rs.getBigDecimal("unaccounted"),
					rs.getLong("drawn_by"), rs.getTimestamp("drawn_at").toInstant()))
			.list()
			.stream()
			.filter(d -> d.unaccountedMg().signum() > 0)
			.toList();
	}
}
