package org.ketamineclinic.treatment;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Treatment settings ({@code clinic.treatment.*}). Published protocols disagree and each clinic's medical director
 * decides, so every clinical number of the infusion (DOMAIN.md §3) is here with its usual default, none in code.
 *
 * @param dose   how an order in mg/kg becomes mg, mL and a pump rate
 * @param alerts    the vital-sign limits that raise an alert during a monitored infusion
 * @param screening eligibility screening
 * @param consent   informed consent
 * @param session   the monitored infusion session: the start gate, monitoring intervals, discharge
 */
@ConfigurationProperties("clinic.treatment")
public record TreatmentProperties(@DefaultValue Dose dose, @DefaultValue Alerts alerts,
		@DefaultValue ScreeningSettings screening, @DefaultValue ConsentSettings consent,
		@DefaultValue SessionSettings session) {

	/**
	 * @param defaultMgPerKg         what the order form proposes (0.5 mg/kg: Fava et al. 2020)
	 * @param ceilingMgPerKg         an order above this needs the prescriber's reason
	 * @param idealWeightFromBmi     ideal body weight is offered as the basis from this BMI (APA consensus, 2017)
	 * @param defaultInfusionMinutes what the order form proposes for the infusion's length
	 * @param mgStep                 the dose in mg is rounded (half up) to a multiple of this
	 * @param mlStep                 drug and total volumes in mL are rounded to a multiple of this
	 * @param rateStep               the pump rate in mL/h is rounded to a multiple of this (what the pump accepts)
	 * @param maxWeightKg            a weight above this is taken for a typing error
	 * @param minHeightCm            a height below this…
	 * @param maxHeightCm            …or above this is taken for a typing error
	 * @param defaultInfusions       what the order form proposes for the series (6 over 2–3 weeks)
	 * @param defaultConcentration   what the order form proposes for the concentration drawn up, in mg/mL
	 * @param defaultDiluentMl       what the order form proposes for the bag, in mL
	 */
	public record Dose(@DefaultValue("0.5") BigDecimal defaultMgPerKg, @DefaultValue("1.0") BigDecimal ceilingMgPerKg,
			@DefaultValue("30") BigDecimal idealWeightFromBmi, @DefaultValue("40") int defaultInfusionMinutes,
			@DefaultValue("0.1") BigDecimal mgStep, @DefaultValue("0.01") BigDecimal mlStep,
			@DefaultValue("0.1") BigDecimal rateStep, @DefaultValue("400") BigDecimal maxWeightKg,
			@DefaultValue("100") BigDecimal minHeightCm, @DefaultValue("250") BigDecimal maxHeightCm,
			@DefaultValue("6") int defaultInfusions, @DefaultValue("10") BigDecimal defaultConcentration,
			@DefaultValue("100") BigDecimal defaultDiluentMl) {

		public Dose {
			requirePositive(defaultMgPerKg, "dose.default-mg-per-kg");
			requirePositive(ceilingMgPerKg, "dose.ceiling-mg-per-kg");
			requirePositive(idealWeightFromBmi, "dose.ideal-weight-from-bmi");
			requirePositive(mgStep, "dose.mg-step");
			requirePositive(mlStep, "dose.ml-step");
			requirePositive(rateStep, "dose.rate-step");
			requirePositive(maxWeightKg, "dose.max-weight-kg");
			requirePositive(minHeightCm, "dose.min-height-cm");
			require(defaultInfusionMinutes >= 1, "clinic.treatment.dose.default-infusion-minutes must be at least 1");
			require(defaultMgPerKg.compareTo(ceilingMgPerKg) <= 0, "clinic.treatment.dose.default-mg-per-kg is above "
					+ "ceiling-mg-per-kg: every order at the default would need a reason");
			require(minHeightCm.compareTo(maxHeightCm) < 0,
					"clinic.treatment.dose.min-height-cm must be below max-height-cm");
		}
	}

	/**
	 * Limits are compared as their names say: blood pressure "at or above" (either number), heart rate "above",
	 * SpO2 "below", respiratory rate "below" or "above".
	 *
	 * @param hypertensiveSystolic   a systolic pressure at or above this (180)…
	 * @param hypertensiveDiastolic  …or a diastolic one at or above this (110) is high, an alert when sustained
	 * @param hypertension           when high blood pressure is sustained (2 readings, 5 min apart)
	 * @param criticalSystolic       a systolic pressure at or above this (200)…
	 * @param criticalDiastolic      …or a diastolic one at or above this (120) raises an alert at once
	 * @param heartRateAbove         a heart rate above this (120) raises an alert when sustained
	 * @param tachycardia            when a fast heart rate is sustained (2 readings in a row, 5 min apart)
	 * @param spo2Below              one SpO2 reading below this (92%) raises an alert
	 * @param respiratoryRateChecked whether the respiratory rate is checked at all
	 * @param respiratoryRateBelow   one respiratory rate below this (8 a minute)…
	 * @param respiratoryRateAbove   …or above this (24 a minute) raises an alert
	 */
	public record Alerts(@DefaultValue("180") int hypertensiveSystolic, @DefaultValue("110") int hypertensiveDiastolic,
			@DefaultValue Sustained hypertension, @DefaultValue("200") int criticalSystolic,
			@DefaultValue("120") int criticalDiastolic, @DefaultValue("120") int heartRateAbove,
			@DefaultValue Sustained tachycardia, @DefaultValue("92") int spo2Below,
			@DefaultValue("true") boolean respiratoryRateChecked, @DefaultValue("8") int respiratoryRateBelow,
			@DefaultValue("24") int respiratoryRateAbove) {

		public Alerts {
			require(hypertension != null && tachycardia != null,
					"clinic.treatment.alerts.hypertension and tachycardia are needed");
			require(criticalSystolic >= hypertensiveSystolic && criticalDiastolic >= hypertensiveDiastolic,
					"clinic.treatment.alerts.critical-* must not be below hypertensive-*");
			require(spo2Below >= 1 && spo2Below <= 100,
					"clinic.treatment.alerts.spo2-below must be a percentage from 1 to 100");
			require(respiratoryRateBelow < respiratoryRateAbove,
					"clinic.treatment.alerts.respiratory-rate-below must be below respiratory-rate-above");
		}
	}

	/**
	 * An abnormal value is sustained when it is found on at least {@code readings} consecutive readings (readings
	 * that did not measure it are passed over), the first taken at least {@code apart} before the newest.
	 *
	 * @param readings how many readings in a row (2)
	 * @param apart    how long from the first of them to the newest, at least (5 min)
	 */
	public record Sustained(@DefaultValue("2") int readings, @DefaultValue("5m") Duration apart) {

		public Sustained {
			require(readings >= 1, "clinic.treatment: a sustained alert needs at least 1 reading, not " + readings);
			require(apart != null && !apart.isNegative(),
					"clinic.treatment: the time between sustained readings cannot be negative");
		}
	}

	private static void requirePositive(BigDecimal value, String name) {
		require(value != null && value.signum() > 0, "clinic.treatment." + name + " must be above 0, not " + value);
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}
}
