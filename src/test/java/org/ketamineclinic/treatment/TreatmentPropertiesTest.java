package org.ketamineclinic.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The defaults are DOMAIN.md §3's numbers, and a clinic changes them by name. */
class TreatmentPropertiesTest {

	@Test
	void theDefaultsAreThePublishedProtocol() {
		TreatmentProperties settings = TreatmentSettings.defaults();

		assertThat(settings.dose().defaultMgPerKg()).isEqualByComparingTo("0.5");
		assertThat(settings.dose().ceilingMgPerKg()).isEqualByComparingTo("1.0");
		assertThat(settings.dose().idealWeightFromBmi()).isEqualByComparingTo("30");
		assertThat(settings.dose().defaultInfusionMinutes()).isEqualTo(40);
		assertThat(settings.alerts().hypertension()).isEqualTo(new TreatmentProperties.Sustained(2,
				Duration.ofMinutes(5)));
		assertThat(settings.alerts().tachycardia()).isEqualTo(settings.alerts().hypertension());
		assertThat(settings.alerts().criticalSystolic()).isEqualTo(200);
		assertThat(settings.alerts().spo2Below()).isEqualTo(92);
	}

	@Test
	void aClinicChangesASettingByItsName() {
		TreatmentProperties settings = TreatmentSettings.with("dose.default-infusion-minutes=60",
				"alerts.tachycardia.apart=10m", "alerts.critical-diastolic=115");

		assertThat(settings.dose().defaultInfusionMinutes()).isEqualTo(60);
		assertThat(settings.alerts().tachycardia().apart()).isEqualTo(Duration.ofMinutes(10));
		assertThat(settings.alerts().hypertension().apart()).isEqualTo(Duration.ofMinutes(5));
		assertThat(settings.alerts().criticalDiastolic()).isEqualTo(115);
	}

	@Test
	void settingsThatContradictEachOtherAreRefusedAtStartUp() {
		assertThatThrownBy(() -> TreatmentSettings.with("dose.ceiling-mg-per-kg=0.4"))
			.hasRootCauseMessage("clinic.treatment.dose.default-mg-per-kg is above ceiling-mg-per-kg: every order "
					+ "at the default would need a reason");
		assertThatThrownBy(() -> TreatmentSettings.with("alerts.critical-systolic=170"))
			.hasRootCauseMessage("clinic.treatment.alerts.critical-* must not be below hypertensive-*");
		assertThatThrownBy(() -> TreatmentSettings.with("dose.mg-step=0"))
			.hasRootCauseMessage("clinic.treatment.dose.mg-step must be above 0, not 0");
	}
}
