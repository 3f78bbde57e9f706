package org.ketamineclinic.treatment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One monitored infusion and its rules: what must be true before it starts, which state it is in, when vitals are
 * due, and what must be true before the patient goes home. The session never decides clinically; it stops the unsafe
 * path (a start without consent, an approved screening, a checked dose or a blood pressure within limits; a discharge
 * before the observation time or with an alert nobody acknowledged) and says why.
 */
final class InfusionSession {

	private final SessionRow row;

	private final List<SessionVital> vitals;

	private final List<SessionAlert> alerts;

	private final List<SessionEvent> events;

	InfusionSession(SessionRow row, List<SessionVital> vitals, List<SessionAlert> alerts, List<SessionEvent> events) {
		this.row = row;
		this.vitals = vitals.stream().sorted(Comparator.comparing(v -> v.reading().takenAt())).toList();
		this.alerts = List.copyOf(alerts);
		this.events = List.copyOf(events);
	}

	SessionRow row() {
		return row;
	}

	List<SessionVital> vitals() {
		return vitals;
	}

	List<SessionAlert> alerts() {
		return alerts;
	}

	List<SessionEvent> events() {
		return events;
	}

	SessionStatus status() {
		if (row.signedAt() != null) {
			return SessionStatus.SIGNED;
		}
		if (row.dischargedAt() != null) {
			return SessionStatus.DISCHARGED;
		}
		if (row.infusionEndedAt() != null) {
			return SessionStatus.OBSERVING;
		}
		if (row.startedAt() == null) {
			return SessionStatus.PREPARING;
		}
		return events.stream()
			.filter(e -> e.kind() == EventKind.PAUSE || e.kind() == EventKind.RESUME)
			.reduce((first, second) -> second)
			.filter(e -> e.kind() == EventKind.PAUSE)
			.map(e -> SessionStatus.PAUSED)
			.orElse(SessionStatus.RUNNING);
	}

	Optional<SessionVital> baseline() {
		return vitals.stream().filter(v -> v.phase() == VitalsPhase.BASELINE).reduce((a, b) -> b);
	}

	/** The readings the alert rules look at: those taken once the infusion started. */
	List<VitalSigns> monitoredReadings() {
		return vitals.stream().filter(v -> v.phase() != VitalsPhase.BASELINE).map(SessionVital::reading).toList();
	}

	List<SessionAlert> openAlerts() {
		return alerts.stream().filter(SessionAlert::open).toList();
	}

	/** Whether the baseline blood pressure is above the start gate's limit. */
	boolean baselineAboveGate(SessionSettings settings) {
		return baseline().map(SessionVital::reading)
			.filter(r -> r.systolic() != null && r.diastolic() != null)
			.map(r -> r.systolic() > settings.startSystolic() || r.diastolic() > settings.startDiastolic())
			.orElse(false);
	}

	/** Everything that holds the start, in words; empty when the infusion may start. */
	List<String> startBlocks(StartConditions conditions, SessionSettings settings) {
		List<String> blocks = new ArrayList<>();
		if (!conditions.consentCurrent()) {
			blocks.add("The patient has not signed the current consent form.");
		}
		if (!conditions.screeningApproved()) {
			blocks.add("No screening approved by a prescriber.");
		}
		if (!conditions.orderActive()) {
			blocks.add("The order for this series was discontinued.");
		}
		if (row.checklistAt() == null) {
			blocks.add("The pre-infusion checklist is not complete.");
		}
		else {
			if (conditions.pregnancyTestRequired() && (row.pregnancyTest() == null
					|| row.pregnancyTest() == PregnancyTest.NOT_REQUIRED)) {
				blocks.add("A negative pregnancy test is required for this patient.");
			}
			if (baselineAboveGate(settings) && row.bpOverrideBy() == null) {
				blocks.add("Baseline blood pressure %s is above %d/%d: a prescriber must override with a reason."
					.formatted(baseline().orElseThrow().bloodPressure(), settings.startSystolic(),
							settings.startDiastolic()));
			}
		}
		if (row.doseMg() == null) {
			blocks.add("The dose is not worked out yet (it needs today's weight).");
		}
		else if (settings.secondCheck() && row.doseCheckedBy() == null) {
			blocks.add("A second person must check the dose.");
		}
		return blocks;
	}

	/** When the next vitals are due, or null when none are (before the start, after discharge). */
	Instant vitalsDue(SessionSettings settings) {
		SessionStatus status = status();
		if (status == SessionStatus.PREPARING || status == SessionStatus.DISCHARGED
				|| status == SessionStatus.SIGNED) {
			return null;
		}
		boolean after = status == SessionStatus.OBSERVING;
		Instant since = after ? row.infusionEndedAt() : row.startedAt();
		Instant last = vitals.stream()
			.filter(v -> v.phase() == (after ? VitalsPhase.AFTER : VitalsPhase.DURING))
			.map(v -> v.reading().takenAt())
			.filter(t -> !t.isBefore(since))
			.max(Comparator.naturalOrder())
			.orElse(since);
		return last.plus(after ? settings.vitalsEveryAfter() : settings.vitalsEveryDuring());
	}

	/** Everything that holds the discharge, in words; empty when the patient may go home. */
	List<String> dischargeBlocks(Instant now, SessionSettings settings) {
		List<String> blocks = new ArrayList<>();
		if (row.infusionEndedAt() == null) {
			blocks.add("The infusion has not ended.");
			return blocks;
		}
		if (!openAlerts().isEmpty()) {
			blocks.add("Acknowledge every alert first (%d open).".formatted(openAlerts().size()));
		}
		Instant earliest = row.startedAt().plus(settings.minimumObservation());
		if (now.isBefore(earliest)) {
			blocks.add("The minimum observation time (%s from the start) has not passed: %d min to go."
				.formatted(hours(settings.minimumObservation()), Duration.between(now, earliest).toMinutes() + 1));
		}
		Optional<SessionVital> last = vitals.stream()
			.filter(v -> v.phase() == VitalsPhase.AFTER && v.reading().systolic() != null
					&& v.reading().diastolic() != null && v.reading().heartRate() != null)
			.reduce((a, b) -> b);
		if (last.isEmpty()) {
			blocks.add("Take a full set of vitals after the infusion (blood pressure and heart rate).");
		}
		else if (baseline().isPresent() && !nearBaseline(last.get().reading(), baseline().get().reading(), settings)) {
			VitalSigns base = baseline().get().reading();
			blocks.add("Vitals are not back near baseline: %s, heart rate %d, against %s, %d at baseline."
				.formatted(last.get().bloodPressure(), last.get().reading().heartRate(), base.bloodPressure(),
						base.heartRate()));
		}
		if (row.cadssTotal() == null) {
			blocks.add("Score dissociation (CADSS-6) first.");
		}
		return blocks;
	}

	private static boolean nearBaseline(VitalSigns now, VitalSigns base, SessionSettings settings) {
		return within(now.systolic(), base.systolic(), settings.dischargeSystolicWithin())
				&& within(now.diastolic(), base.diastolic(), settings.dischargeDiastolicWithin())
				&& within(now.heartRate(), base.heartRate(), settings.dischargeHeartRateWithin());
	}

	private static boolean within(Integer value, Integer base, int tolerance) {
		return value == null || base == null || Math.abs(value - base) <= tolerance;
	}

	private static String hours(Duration duration) {
		return duration.toMinutesPart() == 0 ? duration.toHours() + " h" : duration.toMinutes() + " min";
	}
}
