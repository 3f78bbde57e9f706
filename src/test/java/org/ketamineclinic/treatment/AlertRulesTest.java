package org.ketamineclinic.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * During an infusion the nurse charts readings; after each, the rules say what the newest one raises. Minutes are
 * counted from the start of the infusion.
 */
class AlertRulesTest {

	private static final Instant START = Instant.parse("2026-12-07T17:00:00Z");

	private final AlertRules rules = new AlertRules(TreatmentSettings.defaults().alerts());

	private static VitalSigns pressure(int minute, int systolic, int diastolic) {
		return new VitalSigns(at(minute), systolic, diastolic, null, null, null);
	}

	private static VitalSigns heart(int minute, int beats) {
		return new VitalSigns(at(minute), null, null, beats, null, null);
	}

	private static VitalSigns saturation(int minute, int percent) {
		return new VitalSigns(at(minute), null, null, null, percent, null);
	}

	private static VitalSigns breathing(int minute, int breaths) {
		return new VitalSigns(at(minute), null, null, null, null, breaths);
	}

	private static Instant at(int minute) {
		return START.plus(Duration.ofMinutes(minute));
	}

	private List<String> messages(VitalSigns... readings) {
		return rules.evaluate(List.of(readings)).stream().map(VitalAlert::message).toList();
	}

	@Test
	void normalReadingsRaiseNothing() {
		assertThat(rules.evaluate(List.of())).isEmpty();
		assertThat(rules.evaluate(List.of(new VitalSigns(at(0), 132, 84, 78, 98, 14), new VitalSigns(at(10), 141, 88,
				82, 97, 16))))
			.isEmpty();
	}

	@Test
	void oneHighBloodPressureAloneRaisesNothing() {
		assertThat(messages(pressure(0, 184, 112))).isEmpty();
	}

	@Test
	void twoHighBloodPressuresThreeMinutesApartRaiseNothing() {
		assertThat(messages(pressure(0, 184, 112), pressure(3, 181, 108))).isEmpty();
	}

	@Test
	void twoHighBloodPressuresFiveMinutesApartRaiseOneAlert() {
		List<VitalAlert> alerts = rules.evaluate(List.of(pressure(0, 184, 112), pressure(5, 181, 108)));

		assertThat(alerts).extracting(VitalAlert::kind, VitalAlert::severity, VitalAlert::takenAt, VitalAlert::message)
			.containsExactly(tuple(AlertKind.HYPERTENSION_SUSTAINED, AlertSeverity.WARNING, at(5),
					"Blood pressure 184/112 and 181/108, 5 min apart: at or above 180/110."));
	}

	@Test
	void aThirdHighReadingCompletesTheFiveMinutes() {
		assertThat(messages(pressure(0, 184, 112), pressure(3, 181, 108), pressure(6, 183, 111)))
			.containsExactly("Blood pressure 184/112, 181/108 and 183/111 over 6 min: at or above 180/110.");
	}

	@Test
	void readingsEveryTenMinutesNameTheTwoHighOnes() {
		assertThat(messages(pressure(0, 150, 92), pressure(10, 184, 104), pressure(20, 186, 112)))
			.containsExactly("Blood pressure 184/104 and 186/112, 10 min apart: at or above 180/110.");
	}

	@Test
	void eitherNumberAtTheLimitCounts() {
		assertThat(messages(pressure(0, 180, 95), pressure(5, 160, 110))).hasSize(1);
		assertThat(messages(pressure(0, 179, 109), pressure(5, 179, 109))).isEmpty();
	}

	@Test
	void aNormalReadingInBetweenStartsTheCountAgain() {
		assertThat(messages(pressure(0, 184, 112), pressure(5, 150, 90), pressure(10, 185, 111))).isEmpty();
	}

	@Test
	void aBloodPressureStillHighAtTheNextReadingIsRaisedAgainForIt() {
		List<VitalAlert> alerts = rules.evaluate(List.of(pressure(0, 184, 112), pressure(5, 181, 108),
				pressure(10, 183, 111)));

		assertThat(alerts).extracting(VitalAlert::takenAt, VitalAlert::message)
			.containsExactly(tuple(at(10), "Blood pressure 181/108 and 183/111, 5 min apart: at or above 180/110."));
	}

	@Test
	void oneCriticalBloodPressureIsEnough() {
		assertThat(rules.evaluate(List.of(pressure(0, 204, 118)))).extracting(VitalAlert::kind, VitalAlert::severity,
				VitalAlert::message)
			.containsExactly(tuple(AlertKind.HYPERTENSION_CRITICAL, AlertSeverity.CRITICAL,
					"Blood pressure 204/118: at or above 200/120."));
		assertThat(messages(pressure(0, 170, 120))).containsExactly("Blood pressure 170/120: at or above 200/120.");
		assertThat(messages(pressure(0, 199, 119))).isEmpty();
	}

	@Test
	void aCriticalReadingAfterAHighOneRaisesBothCriticalFirst() {
		assertThat(rules.evaluate(List.of(pressure(0, 184, 112), pressure(5, 205, 121))))
			.extracting(VitalAlert::kind)
			.containsExactly(AlertKind.HYPERTENSION_CRITICAL, AlertKind.HYPERTENSION_SUSTAINED);
	}

	@Test
	void aHeartRateAbove120OnConsecutiveReadingsFiveMinutesApartIsRaised() {
		assertThat(messages(heart(0, 128))).isEmpty();
		assertThat(messages(heart(0, 128), heart(3, 131))).isEmpty();
		assertThat(rules.evaluate(List.of(heart(0, 128), heart(5, 131)))).extracting(VitalAlert::kind,
				VitalAlert::severity, VitalAlert::message)
			.containsExactly(tuple(AlertKind.TACHYCARDIA_SUSTAINED, AlertSeverity.WARNING,
					"Heart rate 128 and 131, 5 min apart: above 120 bpm."));
	}

	@Test
	void aHeartRateOf120IsNotAbove120() {
		assertThat(messages(heart(0, 120), heart(5, 120))).isEmpty();
	}

	@Test
	void aHeartRateThatSettlesInBetweenIsNotSustained() {
		assertThat(messages(heart(0, 130), heart(2, 110), heart(5, 130))).isEmpty();
	}

	@Test
	void oneSaturationBelow92IsRaised() {
		assertThat(rules.evaluate(List.of(saturation(0, 91)))).extracting(VitalAlert::kind, VitalAlert::severity,
				VitalAlert::message)
			.containsExactly(tuple(AlertKind.DESATURATION, AlertSeverity.CRITICAL, "SpO2 91%: below 92%."));
		assertThat(messages(saturation(0, 92))).isEmpty();
	}

	@Test
	void aRespiratoryRateBelow8OrAbove24IsRaised() {
		assertThat(messages(breathing(0, 7))).containsExactly("Respiratory rate 7 breaths/min: below 8.");
		assertThat(messages(breathing(0, 25))).containsExactly("Respiratory rate 25 breaths/min: above 24.");
		assertThat(messages(breathing(0, 8))).isEmpty();
		assertThat(messages(breathing(0, 24))).isEmpty();
	}

	@Test
	void aClinicMayLeaveTheRespiratoryRateUnchecked() {
		AlertRules withoutBreathing = new AlertRules(
				TreatmentSettings.with("alerts.respiratory-rate-checked=false").alerts());

		assertThat(withoutBreathing.evaluate(List.of(breathing(0, 6)))).isEmpty();
	}

	@Test
	void whatTheNewestReadingDidNotMeasureRaisesNothing() {
		assertThat(messages(pressure(0, 184, 112), pressure(5, 185, 112), saturation(6, 97))).isEmpty();
		assertThat(messages(saturation(0, 85), pressure(1, 140, 90))).isEmpty();
		assertThat(messages(new VitalSigns(at(0), null, null, null, null, null))).isEmpty();
	}

	@Test
	void aReadingThatDidNotMeasureAValueDoesNotBreakItsRun() {
		assertThat(messages(pressure(0, 184, 112), saturation(3, 97), heart(4, 90), pressure(5, 181, 108)))
			.containsExactly("Blood pressure 184/112 and 181/108, 5 min apart: at or above 180/110.");
	}

	@Test
	void aBloodPressureWithOneNumberMissingIsJudgedOnTheOther() {
		assertThat(messages(new VitalSigns(at(0), 184, null, null, null, null), pressure(5, 150, 112)))
			.containsExactly("Blood pressure 184/? and 150/112, 5 min apart: at or above 180/110.");
	}

	@Test
	void readingsMayComeInAnyOrder() {
		assertThat(messages(pressure(5, 181, 108), pressure(0, 184, 112)))
			.containsExactly("Blood pressure 184/112 and 181/108, 5 min apart: at or above 180/110.");
	}

	@Test
	void everyAlertOfOneReadingIsRaisedCriticalFirst() {
		List<VitalAlert> alerts = rules.evaluate(List.of(new VitalSigns(at(0), 186, 112, 128, 97, 16),
				new VitalSigns(at(5), 210, 118, 134, 90, 6)));

		assertThat(alerts).extracting(VitalAlert::kind)
			.containsExactly(AlertKind.HYPERTENSION_CRITICAL, AlertKind.DESATURATION, AlertKind.RESPIRATORY_RATE,
					AlertKind.HYPERTENSION_SUSTAINED, AlertKind.TACHYCARDIA_SUSTAINED);
		assertThat(alerts).allSatisfy(alert -> assertThat(alert.takenAt()).isEqualTo(at(5)));
	}

	@Test
	void whatMakesAValueSustainedIsTheClinicsSetting() {
		AlertRules stricter = new AlertRules(TreatmentSettings
			.with("alerts.hypertension.readings=3", "alerts.hypertension.apart=10m", "alerts.heart-rate-above=110")
			.alerts());

		assertThat(stricter.evaluate(List.of(pressure(0, 184, 112), pressure(10, 181, 108)))).isEmpty();
		assertThat(stricter.evaluate(List.of(pressure(0, 184, 112), pressure(5, 182, 110), pressure(10, 181, 108))))
			.extracting(VitalAlert::message)
			.containsExactly("Blood pressure 184/112, 182/110 and 181/108 over 10 min: at or above 180/110.");
		assertThat(stricter.evaluate(List.of(heart(0, 115), heart(5, 116)))).extracting(VitalAlert::message)
			.containsExactly("Heart rate 115 and 116, 5 min apart: above 110 bpm.");
	}
}
