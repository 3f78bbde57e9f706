package org.ketamineclinic.substances;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.location.Location;
import org.ketamineclinic.location.Locations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The controlled-substance ledger's entries: vials received, drawn for a session, administered, wasted. Each method
 * records one entry in one transaction, or refuses with a {@link SubstanceRefusal} and records nothing.
 */
@Service
public class SubstanceLedger {

	static final String CATEGORY = "controlled-substance";

	private final LedgerStore store;

	private final StaffChecks staff;

	private final Locations locations;

	private final SubstanceProperties settings;

	private final Auditor auditor;

	private final Clock clock;

	SubstanceLedger(LedgerStore store, StaffChecks staff, Locations locations, SubstanceProperties settings,
			Auditor auditor, Clock clock) {
		this.store = store;
		this.staff = staff;
		this.locations = locations;
		this.settings = settings;
		this.auditor = auditor;
		this.clock = clock;
	}

	/** What is wrong with a receipt, by form field; empty when {@link #receive} will take it. */
	public Map<String, String> problemsWith(VialReceipt receipt) {
		var clinic = receipt.location() == null ? null : locations.bySlug(receipt.location()).orElse(null);
		LocalDate today = clinic == null ? LocalDate.now(clock) : LocalDate.now(clock.withZone(clinic.zone()));
		return ReceiptRules.problems(receipt, settings, clinic != null, today);
	}

	/** Records each vial of a delivery with its full contents as its first balance; returns the new vials' ids. */
	@Transactional
	public List<Long> receive(VialReceipt receipt) {
		var problems = problemsWith(receipt);
		if (!problems.isEmpty()) {
			throw new SubstanceRefusal(problems.values().iterator().next());
		}
		staff.require(receipt.receivedBy(), StaffChecks.RECEIVERS, "receive controlled substances");
		String dea = DeaNumber.normalise(receipt.supplierDeaNumber());
		var ids = new ArrayList<Long>();
		for (int i = 0; i < receipt.vials(); i++) {
			long id = store.insertVial(receipt, settings.product(), dea, clock.instant());
			var full = VialBalance.full(receipt.volumeMl(), receipt.concentration());
			store.insertMovement(id, new Movement("RECEIVED", full.mg(), full.ml(), full, 1), receipt.receivedBy(),
					clock.instant(), null, null, null);
			auditor.record(AuditAction.CREATE, "substance-vial", Long.toString(id), CATEGORY);
			ids.add(id);
		}
		return List.copyOf(ids);
	}

	/**
	 * Draws {@code mg} from a vial for one session. Refused when the vial is kept at another clinic, has expired or
	 * holds less; concurrent draws from one vial wait for each other, so two can never take the same mg.
	 *
	 * @param clinic           where the session takes place (slug)
	 * @param sessionReference the infusion session's reference, as the treatment module names it
	 */
	@Transactional
	public DrawRecorded draw(long vialId, String clinic, String sessionReference, long patientId, BigDecimal mg,
			long byStaffId) {
		if (sessionReference == null || sessionReference.isBlank() || sessionReference.strip().length() > 80) {
			throw new SubstanceRefusal("A draw needs the session it is for.");
		}
		staff.require(byStaffId, StaffChecks.HANDLERS, "draw ketamine");
		Vial vial = store.lockVial(vialId).orElseThrow(() -> new SubstanceRefusal("There is no vial " + vialId + "."));
		Movement movement = vial.draw(mg, clinic, today(vial.location()));
		long movementId = store.insertMovement(vialId, movement, byStaffId, clock.instant(), null, null, null);
		long drawId = store.insertDraw(movementId, vialId, sessionReference.strip(), patientId, movement, byStaffId,
				clock.instant());
		auditor.record(AuditAction.CREATE, "substance-draw", Long.toString(drawId), CATEGORY);
		return new DrawRecorded(drawId, vialId, mg, movement.changeMl().negate(), movement.after().mg(),
				movement.after().ml());
	}

	/** Records that {@code mg} of a draw was given to the patient. */
	@Transactional
	public void administered(long drawId, BigDecimal mg, long byStaffId) {
		staff.require(byStaffId, StaffChecks.HANDLERS, "record an administration");
		Draw draw = store.lockDraw(drawId).orElseThrow(() -> new SubstanceRefusal("There is no draw " + drawId + "."));
		long id = store.insertUse(drawId, draw.use("ADMINISTERED", mg), byStaffId, clock.instant(), null);
		auditor.record(AuditAction.CREATE, "substance-draw-use", Long.toString(id), CATEGORY);
	}

	/** Records that {@code mg} of a draw was wasted, co-signed by a witness who is another active clinician. */
	@Transactional
	public void wasted(long drawId, BigDecimal mg, String how, long wastedBy, long witnessId, boolean witnessAttested) {
		staff.require(wastedBy, StaffChecks.HANDLERS, "waste ketamine");
		Witnessing witnessing = staff.witness(wastedBy, how, witnessId, witnessAttested);
		Draw draw = store.lockDraw(drawId).orElseThrow(() -> new SubstanceRefusal("There is no draw " + drawId + "."));
		long id = store.insertUse(drawId, draw.use("WASTED", mg), wastedBy, clock.instant(), witnessing);
		auditor.record(AuditAction.CREATE, "substance-draw-use", Long.toString(id), CATEGORY);
	}

	/** Wastes everything left in a vial (expired, broken, contaminated), co-signed by a witness. */
	@Transactional
	public void wastedVial(long vialId, String how, long wastedBy, long witnessId, boolean witnessAttested) {
		staff.require(wastedBy, StaffChecks.HANDLERS, "waste ketamine");
		Witnessing witnessing = staff.witness(wastedBy, how, witnessId, witnessAttested);
		Vial vial = store.lockVial(vialId).orElseThrow(() -> new SubstanceRefusal("There is no vial " + vialId + "."));
		long id = store.insertMovement(vialId, vial.wasteAll(), wastedBy, clock.instant(), witnessing, null, null);
		auditor.record(AuditAction.CREATE, "substance-movement", Long.toString(id), CATEGORY);
	}

	LocalDate today(String location) {
		return LocalDate.now(clock.withZone(locations.bySlug(location).map(Location::zone).orElse(clock.getZone())));
	}
}
