package org.ketamineclinic.patient;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Chart settings ({@code clinic.patient.*}): the plausible ranges that catch a typing error before it reaches a dose,
 * and what an upload may be.
 *
 * @param mrnPrefix          letters before the medical record number's digits
 * @param minWeightKg        a weight below this…
 * @param maxWeightKg        …or above this is taken for a typing error
 * @param minHeightCm        a height below this…
 * @param maxHeightCm        …or above this is taken for a typing error
 * @param documentMaxSize    the largest document accepted (the multipart limit in application.yaml must allow it)
 */
@ConfigurationProperties("clinic.patient")
public record PatientProperties(@DefaultValue("KC") String mrnPrefix, @DefaultValue("20") BigDecimal minWeightKg,
		@DefaultValue("400") BigDecimal maxWeightKg, @DefaultValue("100") BigDecimal minHeightCm,
		@DefaultValue("250") BigDecimal maxHeightCm, @DefaultValue("5MB") DataSize documentMaxSize) {

	public PatientProperties {
		if (!mrnPrefix.matches("[A-Z]{1,4}")) {
			throw new IllegalArgumentException("clinic.patient.mrn-prefix must be 1 to 4 capital letters");
		}
		if (minWeightKg.compareTo(maxWeightKg) >= 0 || minHeightCm.compareTo(maxHeightCm) >= 0) {
			throw new IllegalArgumentException("clinic.patient: each minimum must be below its maximum");
		}
	}
}
