package org.ketamineclinic.substances;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Initial and biennial inventories: the first when a clinic starts keeping ketamine, then at least every two years
 * (the interval is a setting). Each is a snapshot written once, so the report printed today prints the same in years.
 */
@Service
public class Inventories {

	private final JdbcClient jdbc;

	private final SubstanceReports reports;

	private final StaffChecks staff;

	private final SubstanceProperties settings;

	private final Auditor auditor;

	private final Clock clock;

	Inventories(JdbcClient jdbc, SubstanceReports reports, StaffChecks staff, SubstanceProperties settings,
			Auditor auditor, Clock clock) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.staff = staff;
		this.settings = settings;
		this.auditor = auditor;
		this.clock = clock;
	}

	/** Takes an inventory of every vial on hand at a clinic now: the first one is the initial inventory. */
	@Transactional
	public long take(String location, long byStaffId) {
		staff.require(byStaffId, EnumSet.of(StaffRole.NURSE, StaffRole.PRESCRIBER, StaffRole.ADMIN),
				"take an inventory");
		// Two people pressing "take inventory" at once must not both take the initial one.
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('substance_inventory:' || ?))) l")
			.param(location).query(Integer.class).single();
		String kind = latest(location).isEmpty() ? "INITIAL" : "BIENNIAL";
		Instant now = clock.instant();
		long id = jdbc.sql("""
				insert into substance_inventory (location_slug, kind, taken_on, taken_at, taken_by)
				values (?, ?, ?, ?, ?) returning id""")
			.params(location, kind, reports.today(location), Timestamp.from(now), byStaffId)
			.query(Long.class)
			.single();
		for (VialOnHand vial : reports.onHand(location)) {
			jdbc.sql("""
					insert into substance_inventory_line (inventory_id, vial_id, lot, expires_on, balance_mg, balance_ml)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id, vial.id(), vial.lot(), vial.expiresOn(), vial.balanceMg(), vial.balanceMl())
				.update();
		}
		auditor.record(AuditAction.CREATE, "substance-inventory", Long.toString(id), SubstanceLedger.CATEGORY);
		return id;
	}

	public Optional<InventoryReport> inventory(long id) {
		var lines = jdbc.sql("select * from substance_inventory_line where inventory_id = ? order by expires_on, lot, vial_id")
			.param(id)
			.query((rs, n) -> new InventoryReport.Line(rs.getLong("vial_id"), rs.getString("lot"),
					rs.getObject("expires_on", LocalDate.class), rs.getBigDecimal("balance_mg"),
					rs.getBigDecimal("balance_ml")))
			.list();
		return jdbc.sql("select * from substance_inventory where id = ?")
			.param(id)
			.query((rs, n) -> new InventoryReport(rs.getLong("id"), rs.getString("location_slug"), rs.getString("kind"),
					rs.getObject("taken_on", LocalDate.class), rs.getTimestamp("taken_at").toInstant(),
					rs.getLong("taken_by"), lines))
			.optional();
	}

	/** A clinic's inventories, newest first (without their lines). */
	public List<InventoryReport> all(String location) {
		return jdbc.sql("select * from substance_inventory where location_slug = ? order by taken_at desc, id desc")
			.param(location)
			.query((rs, n) -> new InventoryReport(rs.getLong("id"), rs.getString("location_slug"), rs.getString("kind"),
					rs.getObject("taken_on", LocalDate.class), rs.getTimestamp("taken_at").toInstant(),
					rs.getLong("taken_by"), List.of()))
			.list();
	}

	/** When the next inventory is due at a clinic; empty while it has none (the initial one is due now). */
	public Optional<LocalDate> nextDue(String location) {
		return latest(location).map(day -> day.plus(settings.inventoryInterval()));
	}

	private Optional<LocalDate> latest(String location) {
		return jdbc.sql("select max(taken_on) from substance_inventory where location_slug = ?")
			.param(location)
			.query((rs, n) -> rs.getObject(1, LocalDate.class))
			.optional()
			.filter(java.util.Objects::nonNull);
	}
}
