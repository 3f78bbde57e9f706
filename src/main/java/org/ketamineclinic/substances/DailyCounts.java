package org.ketamineclinic.substances;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily physical count and what comes of it. A count that differs from the book is never corrected silently: it
 * opens a discrepancy, which the screens show and the administrators are e-mailed about, until an administrator
 * explains it. Resolving adds a row; the discrepancy and the count stay as they were.
 */
@Service
public class DailyCounts {

	private final LedgerStore ledger;

	private final DiscrepancyStore discrepancies;

	private final SubstanceLedger entries;

	private final StaffChecks staff;

	private final SubstanceProperties settings;

	private final ApplicationEventPublisher events;

	private final Auditor auditor;

	private final Clock clock;

	DailyCounts(LedgerStore ledger, DiscrepancyStore discrepancies, SubstanceLedger entries, StaffChecks staff,
			SubstanceProperties settings, ApplicationEventPublisher events, Auditor auditor, Clock clock) {
		this.ledger = ledger;
		this.discrepancies = discrepancies;
		this.entries = entries;
		this.staff = staff;
		this.settings = settings;
		this.events = events;
		this.auditor = auditor;
		this.clock = clock;
	}

	/**
	 * Records a count of every vial on hand at a clinic, in mL by vial id. Refused, with nothing recorded, when a vial
	 * on hand is missing from it or it names a vial that is not on hand there.
	 */
	@Transactional
	public CountResult count(String location, Map<Long, BigDecimal> countedMl, long byStaffId) {
		staff.require(byStaffId, StaffChecks.HANDLERS, "count controlled substances");
		var expected = new TreeSet<>(ledger.onHand(location));
		if (!expected.equals(new TreeSet<>(countedMl.keySet()))) {
			throw new SubstanceRefusal("The vials on hand have changed since the count began: count the vials listed "
					+ "now.");
		}
		var opened = new ArrayList<Long>();
		for (long vialId : expected) {
			BigDecimal counted = countedMl.get(vialId);
			if (counted == null || counted.signum() < 0 || counted.stripTrailingZeros().scale() > 2) {
				throw new SubstanceRefusal("Give each vial's count in mL, 0 or more, with at most two decimals.");
			}
			Vial vial = ledger.lockVial(vialId).orElseThrow();
			BigDecimal book = vial.balance().ml();
			long countId = discrepancies.insertCount(vialId, location, entries.today(location), counted, book,
					byStaffId, clock.instant());
			if (counted.subtract(book).abs().compareTo(settings.countToleranceMl()) > 0) {
				long id = discrepancies.open(countId, vialId, location, book, counted, settings.countToleranceMl(),
						clock.instant());
				auditor.record(AuditAction.CREATE, "substance-discrepancy", Long.toString(id), SubstanceLedger.CATEGORY);
				events.publishEvent(new CountDiscrepancyOpened(id));
				opened.add(id);
			}
			auditor.record(AuditAction.CREATE, "substance-count", Long.toString(countId), SubstanceLedger.CATEGORY);
		}
		return new CountResult(expected.size(), List.copyOf(opened));
	}

	/**
	 * An administrator explains a discrepancy. With {@code adjustBook} the vial's book balance moves by the difference
	 * the count found (a new ledger entry carrying the explanation); without it the book stays as it is.
	 */
	@Transactional
	public void resolve(long discrepancyId, String explanation, boolean adjustBook, long byStaffId) {
		staff.require(byStaffId, java.util.EnumSet.of(StaffRole.ADMIN), "resolve a count discrepancy");
		if (explanation == null || explanation.strip().length() < 10 || explanation.strip().length() > 2000) {
			throw new SubstanceRefusal("Explain what happened, in 10 to 2000 characters.");
		}
		Discrepancy discrepancy = discrepancies.lock(discrepancyId)
			.orElseThrow(() -> new SubstanceRefusal("There is no discrepancy " + discrepancyId + "."));
		if (!discrepancy.open()) {
			throw new SubstanceRefusal("This discrepancy was already resolved.");
		}
		if (adjustBook) {
			Vial vial = ledger.lockVial(discrepancy.vialId()).orElseThrow();
			long id = ledger.insertMovement(vial.id(), vial.adjustBy(discrepancy.differenceMl()), byStaffId,
					clock.instant(), null, explanation.strip(), discrepancyId);
			auditor.record(AuditAction.CREATE, "substance-movement", Long.toString(id), SubstanceLedger.CATEGORY);
		}
		discrepancies.resolve(discrepancyId, explanation.strip(), adjustBook, byStaffId, clock.instant());
		auditor.record(AuditAction.UPDATE, "substance-discrepancy", Long.toString(discrepancyId),
				SubstanceLedger.CATEGORY);
	}

	/** Open discrepancies at a clinic (or everywhere, with null): the alert banner of the ledger's screens. */
	public List<Discrepancy> open(String location) {
		return discrepancies.open(location);
	}

	public Optional<Discrepancy> discrepancy(long id) {
		return discrepancies.find(id);
	}
}
