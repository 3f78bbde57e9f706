package org.ketamineclinic.substances;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The running balance of one lot at a clinic: the sum of its vials' balances.
 *
 * @param lot       manufacturer's lot
 * @param expiresOn expiry date (the earliest, should vials of one lot differ)
 * @param vials     vials of the lot with something left
 * @param balanceMg total, mg
 * @param balanceMl total, mL
 */
public record LotBalance(String lot, LocalDate expiresOn, int vials, BigDecimal balanceMg, BigDecimal balanceMl) {
}
