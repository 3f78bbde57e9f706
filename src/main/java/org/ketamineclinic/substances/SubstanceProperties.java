package org.ketamineclinic.substances;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Controlled-substance settings ({@code clinic.substances.*}). The defaults are the strict ones: any difference in a
 * count is a discrepancy, and the biennial inventory is due two years after the last one (21 CFR 1304.11(c)).
 *
 * @param product            what the clinic stocks, as printed on the vial
 * @param concentrations     the strengths (mg/mL) the receipt form offers
 * @param countToleranceMl   a count may differ from the book by at most this much before it is a discrepancy
 * @param expiryWarningDays  vials expiring within this many days are listed as "expiring soon"
 * @param inventoryInterval  the next inventory is due this long after the last
 * @param maxVialsPerReceipt a receipt of more vials than this is taken for a typing error
 */
@ConfigurationProperties("clinic.substances")
public record SubstanceProperties(@DefaultValue("Ketamine HCl") String product,
		@DefaultValue({ "10", "50", "100" }) List<BigDecimal> concentrations,
		@DefaultValue("0") BigDecimal countToleranceMl, @DefaultValue("60") int expiryWarningDays,
		@DefaultValue("2y") Period inventoryInterval, @DefaultValue("100") int maxVialsPerReceipt) {

	public SubstanceProperties {
		if (countToleranceMl.signum() < 0) {
			throw new IllegalArgumentException("clinic.substances.count-tolerance-ml cannot be negative");
		}
		if (concentrations.isEmpty() || concentrations.stream().anyMatch(c -> c.signum() <= 0)) {
			throw new IllegalArgumentException("clinic.substances.concentrations must be positive mg/mL values");
		}
		concentrations = List.copyOf(concentrations);
	}
}
