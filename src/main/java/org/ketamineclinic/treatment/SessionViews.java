package org.ketamineclinic.treatment;

import java.util.List;

import org.ketamineclinic.patient.PatientManagement;
import org.ketamineclinic.patient.PatientSummary;
import org.springframework.stereotype.Component;

/** Builds what the screens show of a session, with the conditions its gates need from the rest of the chart. */
@Component
class SessionViews {

	private final PatientManagement patients;

	private final ConsentManagement consent;

	private final ScreeningManagement screenings;

	private final OrderManagement orders;

	private final InfusionRecords records;

	private final TreatmentClock clock;

	private final TreatmentProperties settings;

	private final Staff staff;

	SessionViews(PatientManagement patients, ConsentManagement consent, ScreeningManagement screenings,
			OrderManagement orders, InfusionRecords records, TreatmentClock clock, TreatmentProperties settings,
			Staff staff) {
		this.patients = patients;
		this.consent = consent;
		this.screenings = screenings;
		this.orders = orders;
		this.records = records;
		this.clock = clock;
		this.settings = settings;
		this.staff = staff;
	}

	StartConditions conditions(InfusionSession session) {
		return conditions(session, patients.summary(session.row().patientId()), orders.order(session.row().orderId()));
	}

	private StartConditions conditions(InfusionSession session, PatientSummary patient, OrderView order) {
		long id = session.row().patientId();
		return new StartConditions(consent.status(id).hasCurrent(), screenings.approval(id).isPresent(),
				order.active(), patient.demographics().childbearingPotential());
	}

	/** 40.0 → 40, as people write doses (the record keeps the scale). */
	private static java.math.BigDecimal plain(java.math.BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros();
	}

	SessionLine line(InfusionSession session) {
		return new SessionLine(session.row().id(), session.row().openedAt(), session.status(), session.row().doseMg(),
				session.alerts().size(), session.row().startedAt());
	}

	InfusionSessionView of(InfusionSession session) {
		SessionRow row = session.row();
		PatientSummary patient = patients.summary(row.patientId());
		var names = staff.names();
		var s = settings.session();
		OrderView order = orders.order(row.orderId());
		StartConditions conditions = conditions(session, patient, order);
		return new InfusionSessionView(row.id(), row.patientId(), patient.name(), patient.mrn(),
				patient.demographics().dateOfBirth().toString(),
				patient.allergies().stream().map(a -> a.substance() + " (" + a.reaction() + ")").toList(),
				row.appointmentId(), row.clinic(), patient.zone(), session.status(), row.version(),
				order, row.identityConfirmed(), row.fastingConfirmed(),
				row.escortName() == null ? InfusionSessions.escortFrom(patient) : row.escortName(), row.escortPhone(),
				row.pregnancyTest(), conditions.pregnancyTestRequired(), plain(row.weightKg()), row.checklistAt() != null,
				session.baseline().orElse(null), session.baselineAboveGate(s),
				s.startSystolic() + "/" + s.startDiastolic(),
				"nothing to eat for %d h, clear liquids until %d h before".formatted(s.fastingSolidsHours(),
						s.fastingClearHours()),
				names.apply(row.bpOverrideBy()), row.bpOverrideReason(),
				plain(row.doseMg()), plain(row.drugMl()), plain(row.totalMl()), plain(row.rateMlPerHour()),
				row.doseFormula() == null ? List.of() : List.of(row.doseFormula().split("\n")),
				names.apply(row.doseCheckedBy()), s.secondCheck(), row.startedAt(), row.infusionEndedAt(),
				row.endedEarlyReason(), plain(row.administeredMg()), row.cadssTotal(), row.alertAndOriented(),
				row.escortPresent(), row.noDrivingAcknowledged(), row.dischargedAt(), names.apply(row.dischargedBy()),
				names.apply(row.signedBy()), row.signedAt(), session.vitals(), session.alerts(), session.events(),
				records.addenda(row.id(), names),
				session.status() == SessionStatus.PREPARING ? session.startBlocks(conditions, s) : List.of(),
				session.status() == SessionStatus.OBSERVING ? session.dischargeBlocks(clock.now(), s) : List.of(),
				session.vitalsDue(s));
	}
}
