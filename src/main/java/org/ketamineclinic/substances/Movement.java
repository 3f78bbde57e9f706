package org.ketamineclinic.substances;

import java.math.BigDecimal;

/**
 * One change to a vial's contents, with the balance after it: a row of the ledger, written once.
 *
 * @param kind     RECEIVED, DRAWN, VIAL_WASTED or COUNT_ADJUSTED
 * @param changeMg mg added (positive) or taken out (negative)
 * @param changeMl the same in mL
 * @param after    the vial's balance after it
 * @param seq      its place among the vial's movements (1 = the receipt)
 */
record Movement(String kind, BigDecimal changeMg, BigDecimal changeMl, VialBalance after, int seq) {
}
