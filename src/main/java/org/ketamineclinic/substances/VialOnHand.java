package org.ketamineclinic.substances;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A vial with ketamine left in it, as the ledger's home and the count show it.
 *
 * @param id            the vial
 * @param location      the clinic keeping it (slug)
 * @param product       "Ketamine HCl"
 * @param concentration mg per mL
 * @param volumeMl      the vial's volume when received
 * @param lot           manufacturer's lot
 * @param expiresOn     expiry date
 * @param balanceMg     book balance, mg
 * @param balanceMl     book balance, mL
 * @param expired       past its expiry date (waste it with a witness)
 * @param expiringSoon  expires within the warning days of the settings
 */
public record VialOnHand(long id, String location, String product, BigDecimal concentration, BigDecimal volumeMl,
		String lot, LocalDate expiresOn, BigDecimal balanceMg, BigDecimal balanceMl, boolean expired,
		boolean expiringSoon) {
}
