package org.ketamineclinic.substances;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.staff.StaffManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the ledger holds: stock on hand by vial and lot, a vial's history, and the ledger as CSV. */
@Service
public class SubstanceReports {

	private final VialQueries vials;

	private final LedgerLines lines;

	private final DiscrepancyStore discrepancies;

	private final SubstanceLedger ledger;

	private final SubstanceProperties settings;

	private final StaffManagement staff;

	private final Auditor auditor;

	SubstanceReports(VialQueries vials, LedgerLines lines, DiscrepancyStore discrepancies, SubstanceLedger ledger,
			SubstanceProperties settings, StaffManagement staff, Auditor auditor) {
		this.vials = vials;
		this.lines = lines;
		this.discrepancies = discrepancies;
		this.ledger = ledger;
		this.settings = settings;
		this.staff = staff;
		this.auditor = auditor;
	}

	/** Vials with ketamine left at a clinic, soonest expiry first. */
	public List<VialOnHand> onHand(String location) {
		return vials.onHand(location, ledger.today(location), settings.expiryWarningDays());
	}

	/** The running balance per lot at a clinic. */
	public List<LotBalance> lots(String location) {
		var byLot = new LinkedHashMap<String, List<VialOnHand>>();
		for (VialOnHand vial : onHand(location)) {
			byLot.computeIfAbsent(vial.lot(), lot -> new ArrayList<>()).add(vial);
		}
		return byLot.entrySet().stream().map(e -> new LotBalance(e.getKey(), e.getValue().get(0).expiresOn(),
				e.getValue().size(), e.getValue().stream().map(VialOnHand::balanceMg).reduce(BigDecimal.ZERO, BigDecimal::add),
				e.getValue().stream().map(VialOnHand::balanceMl).reduce(BigDecimal.ZERO, BigDecimal::add)))
			.toList();
	}

	public Optional<VialDetails> vial(long id) {
		return vials.details(id);
	}

	/** A vial's whole history; it names patients, so reading it is audited. */
	@Transactional
	public Optional<VialHistory> history(long vialId) {
		return vials.details(vialId).map(vial -> {
			auditor.record(AuditAction.VIEW, "substance-vial", Long.toString(vialId), SubstanceLedger.CATEGORY);
			return new VialHistory(vial, lines.ofVial(vialId), vials.openDraws(vialId), discrepancies.ofVial(vialId));
		});
	}

	/** Every ledger line recorded on the days {@code from} to {@code to} (inclusive) in {@code zone}, as CSV. */
	@Transactional
	public String exportCsv(LocalDate from, LocalDate to, ZoneId zone) {
		if (to.isBefore(from)) {
			throw new SubstanceRefusal("The end of the period is before its start.");
		}
		auditor.record(AuditAction.EXPORT, "substance-ledger", from + ".." + to, SubstanceLedger.CATEGORY);
		return LedgerCsv.write(lines.between(from.atStartOfDay(zone).toInstant(),
				to.plusDays(1).atStartOfDay(zone).toInstant()), staff.names());
	}

	/** Today at a clinic, in its time zone. */
	public LocalDate today(String location) {
		return ledger.today(location);
	}
}
