package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ketamineclinic.audit.AuditAction;
import org.ketamineclinic.audit.Auditor;
import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.patient.PatientSummary;
import org.ketamineclinic.patient.SexAtBirth;
import org.ketamineclinic.staff.StaffRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A prescriber's order for an infusion series: the dose in mg/kg, the weight basis, the infusion's length, the
 * concentration and the bag. The calculation from the weight on the chart is shown before signing; above the ceiling
 * a reason is required; a new order replaces the one standing. Ordering needs an approved screening.
 */
@Service
public class OrderManagement {

	static final String PROGRAM = "Ketamine infusion series for depression";

	private final Orders orders;

	private final PatientManagement patients;

	private final ScreeningManagement screenings;

	private final ElectronicSignatures signatures;

	private final Auditor auditor;

	private final TreatmentClock clock;

	private final TreatmentProperties settings;

	private final Staff staff;

	OrderManagement(Orders orders, PatientManagement patients, ScreeningManagement screenings,
			ElectronicSignatures signatures, Auditor auditor, TreatmentClock clock, TreatmentProperties settings,
			Staff staff) {
		this.orders = orders;
		this.patients = patients;
		this.screenings = screenings;
		this.signatures = signatures;
		this.auditor = auditor;
		this.clock = clock;
		this.settings = settings;
		this.staff = staff;
	}

	/** The form's defaults: the clinic's protocol. */
	public OrderEntry defaults() {
		var dose = settings.dose();
		return new OrderEntry(Integer.toString(dose.defaultInfusions()), Decimals.plain(dose.defaultMgPerKg()),
				WeightBasis.ACTUAL.name(), Integer.toString(dose.defaultInfusionMinutes()),
				Decimals.plain(dose.defaultConcentration()), Decimals.plain(dose.defaultDiluentMl()), null);
	}

	/** The dose worked out from the newest weight on the chart, to check before signing. */
	public DoseCalculation preview(long patientId, OrderEntry entry) {
		PatientSummary patient = patients.summary(patientId);
		return calculator().calculate(request(patient, entry, new LinkedHashMap<>()));
	}

	@Transactional
	public long sign(long patientId, OrderEntry entry, long prescriber, String code) {
		PatientSummary patient = patients.summary(patientId);
		if (screenings.approval(patientId).isEmpty()) {
			throw new TreatmentRefusal("screening", "A prescriber must sign an approving screening before ordering.");
		}
		Map<String, String> problems = new LinkedHashMap<>();
		Integer infusions = Numbers.whole(entry.infusions(), 1, 12, "infusions", "the number of infusions",
				problems);
		DoseRequest request = request(patient, entry, problems);
		DoseOrder order;
		try {
			order = calculator().calculate(request).order(entry.overrideReason());
		}
		catch (DoseRefusal refused) {
			problems.put(refused.getMessage().contains("ceiling") ? "overrideReason" : "mgPerKg", refused.getMessage());
			throw new TreatmentRefusal(problems);
		}
		if (!problems.isEmpty()) {
			throw new TreatmentRefusal(problems);
		}
		Signer signer = signatures.sign(prescriber, code, Set.of(StaffRole.PRESCRIBER), "prescriber");
		active(patientId).ifPresent(previous -> orders.discontinue(previous.id(), "Replaced by a new order",
				signer.id(), signer.at()));
		long id = orders.insert(patientId, PROGRAM, infusions, order, request, signer);
		auditor.record(AuditAction.CREATE, "patient", Long.toString(patientId), "order");
		return id;
	}

	@Transactional
	public void discontinue(long orderId, String reason) {
		OrderView order = order(orderId);
		if (reason == null || reason.isBlank()) {
			throw new TreatmentRefusal("reason", "Write why the order is discontinued.");
		}
		if (!orders.discontinue(orderId, reason.strip(), Staff.current(), clock.now())) {
			throw new TreatmentRefusal("reason", "This order was discontinued already.");
		}
		auditor.record(AuditAction.UPDATE, "patient", Long.toString(order.patientId()), "order");
	}

	public Optional<OrderView> active(long patientId) {
		return orders.of(patientId, staff.names()).stream().filter(OrderView::active).findFirst();
	}

	public List<OrderView> of(long patientId) {
		return orders.of(patientId, staff.names());
	}

	public OrderView order(long id) {
		return orders.find(id, staff.names()).orElseThrow(() -> new NoSuchRecord("order", id));
	}

	/** The dose of one infusion under {@code order}, from the weight measured that day. */
	DoseCalculation doseFor(OrderView order, PatientSummary patient, BigDecimal weightKg) {
		return calculator().calculate(new DoseRequest(order.mgPerKg(), order.weightBasis(), weightKg,
				patient.heightCm(), sex(patient), order.concentrationMgPerMl(), order.infusionMinutes(),
				order.diluentMl()));
	}

	private DoseRequest request(PatientSummary patient, OrderEntry entry, Map<String, String> problems) {
		if (patient.latestWeight() == null) {
			throw new TreatmentRefusal("weight", "Record the patient's weight on the chart first.");
		}
		var dose = settings.dose();
		BigDecimal mgPerKg = Numbers.decimal(entry.mgPerKg(), new BigDecimal("0.01"), new BigDecimal("5"), "mgPerKg",
				"the dose", "mg/kg", problems);
		WeightBasis basis = "IDEAL".equals(entry.weightBasis()) ? WeightBasis.IDEAL
				: "ACTUAL".equals(entry.weightBasis()) ? WeightBasis.ACTUAL : null;
		if (basis == null) {
			problems.put("weightBasis", "Choose the weight basis: actual or ideal body weight.");
		}
		Integer minutes = Numbers.whole(entry.infusionMinutes(), 1, 600, "infusionMinutes", "the infusion's length",
				problems);
		BigDecimal concentration = Numbers.decimal(entry.concentrationMgPerMl(), new BigDecimal("0.1"),
				new BigDecimal("100"), "concentrationMgPerMl", "the concentration", "mg/mL", problems);
		BigDecimal diluent = entry.diluentMl() == null || entry.diluentMl().isBlank() ? BigDecimal.ZERO
				: Numbers.decimal(entry.diluentMl(), BigDecimal.ZERO, new BigDecimal("1000"), "diluentMl",
						"the diluent", "mL", problems);
		if (!problems.isEmpty()) {
			throw new TreatmentRefusal(problems);
		}
		return new DoseRequest(mgPerKg, basis, patient.latestWeight().kg(), patient.heightCm(), sex(patient),
				concentration, minutes, diluent);
	}

	private DoseCalculator calculator() {
		return new DoseCalculator(settings.dose());
	}

	private static Sex sex(PatientSummary patient) {
		return patient.demographics().sexAtBirth() == SexAtBirth.FEMALE ? Sex.FEMALE : Sex.MALE;
	}
}
