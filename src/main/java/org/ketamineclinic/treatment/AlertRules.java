package org.ketamineclinic.treatment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The vital-sign limits of a monitored infusion (DOMAIN.md §3, all configured): a session asks after each reading
 * which alerts the newest reading raises, given the readings before it.
 * <ul>
 * <li>single-reading rules: blood pressure at or above the critical limit, SpO2 below its limit, respiratory rate
 * outside its limits;</li>
 * <li>sustained rules ({@link SustainedReadings}): blood pressure at or above the hypertensive limit (systolic or
 * diastolic), heart rate above its limit, on enough readings far enough apart. One high cuff reading of a moving,
 * anxious patient is not an alert; the same value five minutes later is.</li>
 * </ul>
 * The rules hold no state. An alert still true at the next reading is raised again for that reading: whether it was
 * acknowledged, and whether to sound it again, is for the session, which knows who saw what; the rules only say what
 * each reading shows. For the same reason both blood-pressure alerts may come from one reading (critical now, and
 * high for five minutes): each is its own event. A value the newest reading did not measure raises nothing, even when
 * earlier readings were out of range. Alerts come critical first.
 */
public final class AlertRules {

	private final TreatmentProperties.Alerts limits;

	public AlertRules(TreatmentProperties.Alerts limits) {
		this.limits = limits;
	}

	/** The alerts the newest of these readings (given in any order) raises, critical first; none for no readings. */
	public List<VitalAlert> evaluate(List<VitalSigns> readingsSoFar) {
		if (readingsSoFar.isEmpty()) {
			return List.of();
		}
		List<VitalSigns> readings = readingsSoFar.stream().sorted(Comparator.comparing(VitalSigns::takenAt)).toList();
		VitalSigns newest = readings.get(readings.size() - 1);
		List<VitalAlert> alerts = new ArrayList<>();
		if (newest.hasBloodPressure() && atOrAbove(newest, limits.criticalSystolic(), limits.criticalDiastolic())) {
			alerts.add(new VitalAlert(AlertKind.HYPERTENSION_CRITICAL, newest.takenAt(),
					"Blood pressure %s: at or above %d/%d.".formatted(newest.bloodPressure(), limits.criticalSystolic(),
							limits.criticalDiastolic())));
		}
		if (newest.spo2() != null && newest.spo2() < limits.spo2Below()) {
			alerts.add(new VitalAlert(AlertKind.DESATURATION, newest.takenAt(),
					"SpO2 %d%%: below %d%%.".formatted(newest.spo2(), limits.spo2Below())));
		}
		Integer breaths = newest.respiratoryRate();
		if (limits.respiratoryRateChecked() && breaths != null
				&& (breaths < limits.respiratoryRateBelow() || breaths > limits.respiratoryRateAbove())) {
			String limit = breaths < limits.respiratoryRateBelow() ? "below " + limits.respiratoryRateBelow()
					: "above " + limits.respiratoryRateAbove();
			alerts.add(new VitalAlert(AlertKind.RESPIRATORY_RATE, newest.takenAt(),
					"Respiratory rate %d breaths/min: %s.".formatted(breaths, limit)));
		}
		List<VitalSigns> highPressure = SustainedReadings.find(readings, limits.hypertension(),
				VitalSigns::hasBloodPressure,
				reading -> atOrAbove(reading, limits.hypertensiveSystolic(), limits.hypertensiveDiastolic()));
		if (!highPressure.isEmpty()) {
			alerts.add(new VitalAlert(AlertKind.HYPERTENSION_SUSTAINED, newest.takenAt(),
					"Blood pressure %s: at or above %d/%d.".formatted(series(highPressure, VitalSigns::bloodPressure),
							limits.hypertensiveSystolic(), limits.hypertensiveDiastolic())));
		}
		List<VitalSigns> fastHeart = SustainedReadings.find(readings, limits.tachycardia(),
				reading -> reading.heartRate() != null, reading -> reading.heartRate() > limits.heartRateAbove());
		if (!fastHeart.isEmpty()) {
			alerts.add(new VitalAlert(AlertKind.TACHYCARDIA_SUSTAINED, newest.takenAt(),
					"Heart rate %s: above %d bpm.".formatted(series(fastHeart, reading -> reading.heartRate() + ""),
							limits.heartRateAbove())));
		}
		alerts.sort(Comparator.comparing(VitalAlert::kind));
		return List.copyOf(alerts);
	}

	/** Either pressure measured at or above its limit. */
	private static boolean atOrAbove(VitalSigns reading, int systolic, int diastolic) {
		return reading.systolic() != null && reading.systolic() >= systolic
				|| reading.diastolic() != null && reading.diastolic() >= diastolic;
	}

	/** "184/112 and 181/108, 5 min apart", or "184/112, 186/109 and 181/108 over 6 min". */
	private static String series(List<VitalSigns> readings, Function<VitalSigns, String> value) {
		List<String> values = readings.stream().map(value).toList();
		if (values.size() == 1) {
			return values.get(0);
		}
		String listed = String.join(", ", values.subList(0, values.size() - 1)) + " and "
				+ values.get(values.size() - 1);
		String time = minutes(Duration.between(readings.get(0).takenAt(), readings.get(readings.size() - 1).takenAt()));
		return values.size() == 2 ? listed + ", " + time + " apart" : listed + " over " + time;
	}

	/** "5 min", "5 min 30 s", "45 s". */
	private static String minutes(Duration duration) {
		long minutes = duration.toMinutes();
		int seconds = duration.toSecondsPart();
		if (seconds == 0) {
			return minutes + " min";
		}
		return minutes == 0 ? seconds + " s" : minutes + " min " + seconds + " s";
	}
}
