package org.ketamineclinic.substances;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Vials received from a supplier in one delivery; each becomes a vial of its own in the ledger.
 *
 * @param location          the clinic (slug) that keeps them
 * @param concentration     mg per mL
 * @param volumeMl          volume of each vial
 * @param vials             how many vials
 * @param lot               manufacturer's lot
 * @param expiresOn         expiry date on the vial
 * @param supplierName      who sent them
 * @param supplierDeaNumber the supplier's DEA registration number
 * @param receivedOn        the day they arrived
 * @param receivedBy        staff account that received them
 */
public record VialReceipt(String location, BigDecimal concentration, BigDecimal volumeMl, int vials, String lot,
		LocalDate expiresOn, String supplierName, String supplierDeaNumber, LocalDate receivedOn, long receivedBy) {
}
