package org.ketamineclinic.substances;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A vial's receipt and its balance now.
 *
 * @param id                the vial
 * @param location          the clinic keeping it (slug)
 * @param product           "Ketamine HCl"
 * @param concentration     mg per mL
 * @param volumeMl          volume when received
 * @param lot               manufacturer's lot
 * @param expiresOn         expiry date
 * @param supplierName      who sent it
 * @param supplierDeaNumber the supplier's DEA registration
 * @param receivedOn        the day it arrived
 * @param receivedBy        who received it
 * @param balanceMg         book balance, mg
 * @param balanceMl         book balance, mL
 */
public record VialDetails(long id, String location, String product, BigDecimal concentration, BigDecimal volumeMl,
		String lot, LocalDate expiresOn, String supplierName, String supplierDeaNumber, LocalDate receivedOn,
		long receivedBy, BigDecimal balanceMg, BigDecimal balanceMl) {

	public boolean empty() {
		return balanceMg.signum() == 0;
	}
}
