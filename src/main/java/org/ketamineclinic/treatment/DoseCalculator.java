package org.ketamineclinic.treatment;

import static org.ketamineclinic.treatment.Decimals.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an order in mg/kg into mg, millilitres and a pump rate (DOMAIN.md §3), the arithmetic a nurse would
 * otherwise do at the chair. Each quantity is rounded half up to its configured step before the next is worked out
 * from it, so the written {@link DoseCalculation#formula() formula} reproduces every number by hand:
 * <ol>
 * <li>BMI = weight ÷ height², to a tenth; from the configured BMI ideal body weight is offered;</li>
 * <li>the basis weight: today's weight, or ideal body weight (Devine) when ordered and lower;</li>
 * <li>mg = mg/kg × basis weight; above the ceiling the order needs a reason ({@link DoseOrder});</li>
 * <li>drug mL = mg ÷ concentration; total mL = drug mL + diluent;</li>
 * <li>mL/h = total mL ÷ minutes × 60.</li>
 * </ol>
 * Entries no patient or order could have (a weight of 0 or 700 kg, a height of 17 cm) are refused, not computed.
 */
public final class DoseCalculator {

	private static final BigDecimal TENTH = new BigDecimal("0.1");

	private static final BigDecimal CM_PER_M = new BigDecimal("100");

	private static final BigDecimal MINUTES_PER_HOUR = new BigDecimal("60");

	private final TreatmentProperties.Dose settings;

	public DoseCalculator(TreatmentProperties.Dose settings) {
		this.settings = settings;
	}

	public DoseCalculation calculate(DoseRequest request) {
		refuseNonsense(request);
		List<String> formula = new ArrayList<>();
		BigDecimal weight = request.weightKg();
		BigDecimal heightM = request.heightCm().divide(CM_PER_M);
		BigDecimal bmi = Decimals.quotient(weight, heightM.multiply(heightM), TENTH);
		boolean idealWeightOffered = bmi.compareTo(settings.idealWeightFromBmi()) >= 0;
		formula.add("BMI = %s kg ÷ (%s m)² = %s: %s".formatted(plain(weight), plain(heightM), plain(bmi),
				idealWeightOffered ? "at or above " + plain(settings.idealWeightFromBmi())
						+ ", ideal body weight is offered"
						: "below " + plain(settings.idealWeightFromBmi()) + ", ideal body weight is not offered"));

		WeightBasis basis = WeightBasis.ACTUAL;
		BigDecimal basisWeight = weight;
		if (request.basis() == WeightBasis.IDEAL) {
			if (request.sex() == null) {
				throw new DoseRefusal("Ideal body weight needs the patient's sex (the Devine formula differs).");
			}
			IdealBodyWeight ideal = IdealBodyWeight.of(request.sex(), request.heightCm());
			formula.add(ideal.formula());
			if (ideal.kg().compareTo(weight) < 0) {
				basis = WeightBasis.IDEAL;
				basisWeight = ideal.kg();
			}
			else {
				formula.add("Ideal body weight %s kg is not below today's %s kg: today's weight is used."
					.formatted(plain(ideal.kg()), plain(weight)));
			}
		}

		BigDecimal mg = Decimals.round(request.mgPerKg().multiply(basisWeight), settings.mgStep());
		refuseIf(mg.signum() == 0, "%s mg/kg × %s kg rounds to 0 mg: check the order.", request.mgPerKg(),
				basisWeight);
		formula.add("%s mg/kg × %s kg = %s mg".formatted(plain(request.mgPerKg()), plain(basisWeight), plain(mg)));
		boolean aboveCeiling = request.mgPerKg().compareTo(settings.ceilingMgPerKg()) > 0;
		if (aboveCeiling) {
			formula.add("%s mg/kg is above the ceiling of %s mg/kg: the prescriber must give a reason to override."
				.formatted(plain(request.mgPerKg()), plain(settings.ceilingMgPerKg())));
		}

		BigDecimal drugMl = Decimals.quotient(mg, request.concentrationMgPerMl(), settings.mlStep());
		refuseIf(drugMl.signum() == 0, "%s mg at %s mg/mL rounds to 0 mL: check the concentration.", mg,
				request.concentrationMgPerMl());
		formula.add("%s mg ÷ %s mg/mL = %s mL".formatted(plain(mg), plain(request.concentrationMgPerMl()),
				plain(drugMl)));

		BigDecimal diluent = request.diluent();
		BigDecimal totalMl = Decimals.round(drugMl.add(diluent), settings.mlStep());
		BigDecimal minutes = BigDecimal.valueOf(request.infusionMinutes());
		BigDecimal rate = Decimals.quotient(totalMl.multiply(MINUTES_PER_HOUR), minutes, settings.rateStep());
		refuseIf(rate.signum() == 0, "%s mL over %s min rounds to 0 mL/h: check the volume and the time.", totalMl,
				minutes);
		String volume = diluent.signum() == 0 ? plain(drugMl) + " mL"
				: "(%s + %s) mL".formatted(plain(drugMl), plain(diluent));
		formula.add("%s ÷ %s min × 60 = %s mL/h".formatted(volume, request.infusionMinutes(), plain(rate)));

		return new DoseCalculation(request.mgPerKg(), basis, basisWeight, bmi, idealWeightOffered, mg, drugMl,
				totalMl, rate, aboveCeiling, settings.ceilingMgPerKg(), formula);
	}

	private void refuseNonsense(DoseRequest request) {
		refuseIf(request.mgPerKg() == null, "Enter the ordered dose in mg/kg.");
		refuseIf(request.basis() == null, "Choose the weight basis: actual or ideal body weight.");
		refuseIf(request.weightKg() == null, "Enter today's weight in kg.");
		refuseIf(request.heightCm() == null, "Enter the height in cm.");
		refuseIf(request.concentrationMgPerMl() == null, "Enter the concentration in mg/mL.");
		refuseIf(request.mgPerKg().signum() <= 0, "The ordered dose must be above 0 mg/kg, not %s.",
				request.mgPerKg());
		refuseIf(request.weightKg().signum() <= 0, "Today's weight must be above 0 kg, not %s.", request.weightKg());
		refuseIf(request.weightKg().compareTo(settings.maxWeightKg()) > 0,
				"A weight of %s kg is above the %s kg the clinic accepts: check the entry.", request.weightKg(),
				settings.maxWeightKg());
		refuseIf(request.heightCm().compareTo(settings.minHeightCm()) < 0
				|| request.heightCm().compareTo(settings.maxHeightCm()) > 0,
				"A height of %s cm is outside %s–%s cm: check the entry.", request.heightCm(), settings.minHeightCm(),
				settings.maxHeightCm());
		refuseIf(request.concentrationMgPerMl().signum() <= 0, "The concentration must be above 0 mg/mL, not %s.",
				request.concentrationMgPerMl());
		refuseIf(request.infusionMinutes() <= 0, "The infusion must last at least 1 minute, not %s.",
				request.infusionMinutes());
		refuseIf(request.diluent().signum() < 0, "The diluent volume cannot be negative: %s mL.", request.diluentMl());
	}

	/** Refuses with the message, its numbers written as a prescriber reads them. */
	private static void refuseIf(boolean refused, String message, Object... values) {
		if (refused) {
			Object[] written = new Object[values.length];
			for (int i = 0; i < values.length; i++) {
				written[i] = values[i] instanceof BigDecimal number ? plain(number) : values[i];
			}
			throw new DoseRefusal(message.formatted(written));
		}
	}
}
