package org.ketamineclinic.substances;

import java.util.List;

/**
 * Everything that happened to one vial, as the DEA expects it readily retrievable.
 *
 * @param vial          receipt and balance
 * @param lines         receipt, draws (with session and patient), administrations, wastes with witness, counts
 * @param openDraws     draws still to be accounted for
 * @param discrepancies the vial's count discrepancies, open and resolved
 */
public record VialHistory(VialDetails vial, List<LedgerLine> lines, List<OpenDraw> openDraws,
		List<Discrepancy> discrepancies) {
}
